import type { Deal, UpdateDealBody } from '@meridian/contracts';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Skeleton,
  Tag,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMoveDealStage, useUpdateDeal } from '@/features/deals/api/deal-mutations';
import { useDeal, usePipelines } from '@/features/deals/api/deal-queries';
import { LineItemsEditor, type LineItemValue } from '@/features/deals/components/LineItemsEditor';
import { LostReasonModal } from '@/features/deals/components/LostReasonModal';
import { StageTimeline } from '@/features/deals/components/StageTimeline';
import { formatMoney, toMinor } from '@/features/deals/internal/money';
import { InteractionTimeline, LogInteractionForm } from '@/features/interactions';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { ErrorResult } from '@/shared/ui/ErrorResult';
import { PageHeader } from '@/shared/ui/PageHeader';

type Values = {
  name: string;
  amount: number | null;
  probabilityOverride: number | null;
  expectedCloseDate: Dayjs | null;
  nextStep: string;
  notes: string;
  lineItems: LineItemValue[];
};

function toValues(deal: Deal): Values {
  return {
    name: deal.name,
    amount: deal.amountMinor / 100,
    probabilityOverride: deal.probabilityOverride,
    expectedCloseDate: deal.expectedCloseDate ? dayjs(deal.expectedCloseDate) : null,
    nextStep: deal.nextStep,
    notes: deal.notes,
    lineItems: deal.lineItems.map((l) => ({
      name: l.name,
      quantity: l.quantity,
      unitPrice: l.unitPriceMinor / 100,
      discountPercent: l.discountBp / 100,
    })),
  };
}

/** /deals/:id: the deal's fields and lines (saved with its version), its stage, history and interactions. */
export function DealDetailPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation('deals');
  const { message } = App.useApp();
  const deal = useDeal(id);
  const pipelines = usePipelines();
  const update = useUpdateDeal();
  const move = useMoveDealStage();
  const showError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const [lostStage, setLostStage] = useState<string | null>(null);
  if (deal.isError) return <ErrorResult error={deal.error} />;
  if (!deal.data) return <Skeleton active />;
  const d = deal.data;
  const stages = pipelines.data?.find((p) => p.id === d.pipelineId)?.stages ?? [];

  const handleSave = (values: Values) => {
    const lines = values.lineItems ?? [];
    const body: UpdateDealBody = {
      name: values.name.trim(),
      probabilityOverride: values.probabilityOverride ?? null,
      expectedCloseDate: values.expectedCloseDate ? values.expectedCloseDate.format('YYYY-MM-DD') : null,
      nextStep: values.nextStep ?? '',
      notes: values.notes ?? '',
      lineItems: lines.map((l) => ({
        name: l.name,
        quantity: l.quantity ?? 0,
        unitPriceMinor: toMinor(l.unitPrice) ?? 0,
        discountBp: Math.round((l.discountPercent ?? 0) * 100),
      })),
      ...(lines.length ? {} : { amountMinor: toMinor(values.amount) ?? 0 }),
      version: d.version,
    };
    update.mutate(
      { id: d.id, body },
      {
        onSuccess: () => void message.success(t('detail.saved')),
        onError: (error) => showError(error, { form, onReload: () => void deal.refetch() }),
      },
    );
  };

  const handleStage = (stageId: string, lostReason?: string) => {
    const stage = stages.find((s) => s.id === stageId);
    if (stage?.kind === 'lost' && !lostReason) return setLostStage(stageId);
    move.mutate(
      { id: d.id, body: { stageId, lostReason, version: d.version } },
      { onError: (error) => showError(error, { onReload: () => void deal.refetch() }) },
    );
  };

  return (
    <>
      <PageHeader
        title={d.name}
        description={
          <>
            {d.customer.name} · {formatMoney(d.amountMinor, d.currency, i18n.language)} · {d.probability}%
            {d.isStalled ? (
              <Tag color="warning" style={{ marginLeft: 8 }}>
                {t('card.stalled', { count: d.stalledDays })}
              </Tag>
            ) : null}
          </>
        }
        extra={
          <Select
            aria-label={t('fields.stage')}
            style={{ minWidth: 160 }}
            value={d.stageId}
            disabled={!d.abilities.moveStage}
            loading={move.isPending}
            options={stages.map((s) => ({ value: s.id, label: `${s.name} · ${s.probability}%` }))}
            onChange={(stageId) => handleStage(stageId)}
          />
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('detail.fields')}>
            <Form<Values>
              key={d.version}
              form={form}
              layout="vertical"
              initialValues={toValues(d)}
              onFinish={handleSave}
              disabled={!d.abilities.update}
            >
              <Form.Item
                name="name"
                label={t('fields.name')}
                rules={[{ required: true, whitespace: true }, { max: 200 }]}
              >
                <Input />
              </Form.Item>
              <Row gutter={12}>
                <Col xs={24} sm={8}>
                  <Form.Item
                    name="amount"
                    label={t('fields.amount')}
                    extra={d.lineItems.length ? t('detail.amountFromLines') : undefined}
                  >
                    <InputNumber
                      min={0}
                      precision={2}
                      prefix="¥"
                      style={{ width: '100%' }}
                      disabled={d.lineItems.length > 0}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={8}>
                  <Form.Item name="probabilityOverride" label={t('fields.probabilityOverride')}>
                    <InputNumber
                      min={0}
                      max={100}
                      suffix="%"
                      style={{ width: '100%' }}
                      placeholder={String(d.probability)}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={8}>
                  <Form.Item name="expectedCloseDate" label={t('fields.expectedCloseDate')}>
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item label={t('fields.lineItems')}>
                <LineItemsEditor locale={i18n.language} />
              </Form.Item>
              <Form.Item name="nextStep" label={t('fields.nextStep')} rules={[{ max: 500 }]}>
                <Input />
              </Form.Item>
              <Form.Item name="notes" label={t('fields.notes')}>
                <Input.TextArea rows={3} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={update.isPending}>
                {t('detail.save')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('detail.summary')} style={{ marginBottom: 16 }}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('fields.owner')}>{d.owner?.name ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('fields.weighted')}>
                {formatMoney(d.weightedAmountMinor, d.currency, i18n.language)}
              </Descriptions.Item>
              {d.lostReason ? (
                <Descriptions.Item label={t('fields.lostReason')}>{d.lostReason}</Descriptions.Item>
              ) : null}
            </Descriptions>
          </Card>
          <Card title={t('detail.history')} style={{ marginBottom: 16 }}>
            <StageTimeline dealId={d.id} />
          </Card>
          <Card title={t('detail.interactions')}>
            {d.abilities.logInteraction ? <LogInteractionForm customerId={d.customer.id} dealId={d.id} /> : null}
            <InteractionTimeline dealId={d.id} />
          </Card>
        </Col>
      </Row>
      <LostReasonModal
        open={lostStage !== null}
        stageName={stages.find((s) => s.id === lostStage)?.name ?? ''}
        onCancel={() => setLostStage(null)}
        onSubmit={(reason) => {
          if (lostStage) handleStage(lostStage, reason);
          setLostStage(null);
        }}
      />
    </>
  );
}
