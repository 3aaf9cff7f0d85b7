import { Type } from 'typebox';

export const HealthSchema = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
  database: Type.Object({ ok: Type.Boolean(), driver: Type.String(), latencyMs: Type.Number() }),
  version: Type.String(),
  uptimeSeconds: Type.Number(),
});
