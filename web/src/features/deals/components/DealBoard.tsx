import {
  type Announcements,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  KeyboardCode,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import type { PipelineBoard, PipelineBoardQuery, PipelineStage } from '@meridian/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { App, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMoveDealStage } from '@/features/deals/api/deal-mutations';
import { dealKeys } from '@/features/deals/api/deal-queries';
import { applyDealMove, stageOfDrop } from '@/features/deals/internal/board-move';
import { stageColumnCoordinates } from '@/features/deals/internal/keyboard-stages';
import { api } from '@/shared/api/client';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { DealCardContent } from './DealCardView';
import { DealColumn } from './DealColumn';
import { LostReasonModal } from './LostReasonModal';

export type DealBoardProps = { board: PipelineBoard; filters: PipelineBoardQuery };

type PendingLost = { dealId: string; version: number; stage: PipelineStage };

// Space lifts a card (as on the task board); Space or Enter drops it, Esc puts it back.
const KEYBOARD_CODES = {
  start: [KeyboardCode.Space],
  cancel: [KeyboardCode.Esc],
  end: [KeyboardCode.Space, KeyboardCode.Enter],
};

/**
 * The board: a column per stage; dragging a card (mouse, touch or keyboard: Space to lift, arrows,
 * Space to drop) moves its deal, optimistically, rolled back if the server refuses. Dropping on
 * a lost stage first asks for the reason.
 */
export function DealBoard({ board, filters }: DealBoardProps) {
  const { t, i18n } = useTranslation('deals');
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const queryKey = dealKeys.board(board.pipeline.id, filters);
  const move = useMoveDealStage();
  const [pending, setPending] = useState<PendingLost | null>(null);
  const [loadingStage, setLoadingStage] = useState<string | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: stageColumnCoordinates(board.columns.map((c) => c.stage.id)),
      keyboardCodes: KEYBOARD_CODES,
    }),
  );
  const cardOf = (id: string | number | null) => board.columns.flatMap((c) => c.deals).find((d) => d.id === String(id));
  const cardName = (id: string | number) => cardOf(id)?.name ?? '';
  const activeCard = cardOf(activeId);
  const stageName = (overId: string | number | undefined) =>
    board.columns.find((c) => `stage:${c.stage.id}` === overId || c.deals.some((d) => d.id === overId))?.stage.name ??
    '';

  const commit = (dealId: string, version: number, stage: PipelineStage, lostReason?: string) => {
    const snapshot = queryClient.getQueryData<PipelineBoard>(queryKey);
    void queryClient.cancelQueries({ queryKey });
    queryClient.setQueryData<PipelineBoard>(queryKey, (current) => applyDealMove(current ?? board, dealId, stage.id));
    move.mutate(
      { id: dealId, body: { stageId: stage.id, lostReason, version } },
      {
        onSuccess: () => void message.success(t('board.moved', { stage: stage.name })),
        onError: (error) => {
          queryClient.setQueryData(queryKey, snapshot);
          showError(error);
        },
      },
    );
  };

  const handleDragEnd = ({ active, over }: DragEndEvent) => {
    setActiveId(null);
    const dealId = String(active.id);
    const stage = stageOfDrop(board, dealId, over ? String(over.id) : null);
    const card = board.columns.flatMap((c) => c.deals).find((d) => d.id === dealId);
    if (!stage || !card) return;
    if (stage.kind === 'lost') setPending({ dealId, version: card.version, stage });
    else commit(dealId, card.version, stage);
  };

  const handleLoadMore = async (stageId: string) => {
    const column = board.columns.find((c) => c.stage.id === stageId);
    if (!column) return;
    setLoadingStage(stageId);
    try {
      const next = await api.get<PipelineBoard>(`/pipelines/${board.pipeline.id}/board`, {
        ...filters,
        stageId,
        offset: column.deals.length,
      });
      const extra = next.columns[0];
      if (!extra) return;
      queryClient.setQueryData<PipelineBoard>(queryKey, (current) =>
        current
          ? {
              ...current,
              columns: current.columns.map((c) =>
                c.stage.id === stageId ? { ...c, deals: [...c.deals, ...extra.deals], hasMore: extra.hasMore } : c,
              ),
            }
          : current,
      );
    } catch (error) {
      showError(error);
    } finally {
      setLoadingStage(null);
    }
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => t('board.announce.start', { name: cardName(active.id) }),
    onDragOver: ({ active, over }) =>
      t('board.announce.over', { name: cardName(active.id), stage: stageName(over?.id) }),
    onDragEnd: ({ active, over }) => t('board.announce.end', { name: cardName(active.id), stage: stageName(over?.id) }),
    onDragCancel: ({ active }) => t('board.announce.cancel', { name: cardName(active.id) }),
  };

  return (
    <>
      <DndContext
        sensors={sensors}
        onDragStart={({ active }) => setActiveId(String(active.id))}
        onDragCancel={() => setActiveId(null)}
        onDragEnd={handleDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('board.announce.instructions') } }}
      >
        <Flex gap={12} style={{ overflowX: 'auto', paddingBottom: 12 }} align="flex-start">
          {board.columns.map((column) => (
            <DealColumn
              key={column.stage.id}
              column={column}
              locale={i18n.language}
              loadingMore={loadingStage === column.stage.id}
              onLoadMore={() => void handleLoadMore(column.stage.id)}
            />
          ))}
        </Flex>
        <DragOverlay>
          {activeCard ? <DealCardContent deal={activeCard} locale={i18n.language} isOverlay /> : null}
        </DragOverlay>
      </DndContext>
      <LostReasonModal
        open={pending !== null}
        stageName={pending?.stage.name ?? ''}
        onCancel={() => setPending(null)}
        onSubmit={(reason) => {
          if (pending) commit(pending.dealId, pending.version, pending.stage, reason);
          setPending(null);
        }}
      />
    </>
  );
}
