import type { FormRule } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { type ObjectSchema, type RuleOverrides, rulesFromSchema } from '@/shared/forms/schema-rules';

/** `rules(key)` gives the antd rules of a property of the given contract schema. */
export function useSchemaRules(schema: ObjectSchema) {
  const { t } = useTranslation();
  return useCallback(
    (key: string, overrides?: RuleOverrides): FormRule[] =>
      rulesFromSchema(schema, key, (k, options) => t(k, options ?? {}), overrides),
    [schema, t],
  );
}
