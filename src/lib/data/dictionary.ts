/**
 * The data dictionary, generated from the schemas (never copied by hand): one row per field, with
 * its type, whether it is required or nullable, its allowed values and the schema's description.
 */
import { z } from 'astro/zod';

export interface FieldRow {
  /** Dotted path; `[]` marks a list, as in `actors[].attribution`. */
  readonly path: string;
  readonly type: string;
  readonly required: boolean;
  readonly nullable: boolean;
  readonly allowed: readonly string[] | null;
  readonly description: string;
}

type JsonSchema = {
  type?: string;
  description?: string;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  format?: string;
};

/** Rows for every field of a schema, nested fields after their parent. */
export function dataDictionary(schema: z.ZodType): FieldRow[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return fieldsOf(json, '');
}

function fieldsOf(objectSchema: JsonSchema, prefix: string): FieldRow[] {
  const required = new Set(objectSchema.required ?? []);
  return Object.entries(objectSchema.properties ?? {}).flatMap(([name, property]) => {
    const path = `${prefix}${name}`;
    const nullable = (property.anyOf ?? []).some((option) => option.type === 'null');
    const inner = (property.anyOf ?? []).find((option) => option.type !== 'null') ?? property;
    const description = property.description ?? inner.description ?? '';
    const row: FieldRow = {
      path,
      type: typeName(inner),
      required: required.has(name),
      nullable,
      allowed: allowedValues(inner),
      description,
    };
    const nested =
      inner.type === 'object' ? fieldsOf(inner, `${path}.`) : inner.items?.type === 'object' ? fieldsOf(inner.items, `${path}[].`) : [];
    return [row, ...nested];
  });
}

function typeName(schema: JsonSchema): string {
  if (schema.type === 'array') return `list of ${schema.items ? typeName(schema.items) : 'values'}`;
  if (schema.type === 'string' && schema.format === 'uri') return 'URL';
  if (schema.type === 'string' && schema.enum) return 'text (one of the allowed values)';
  return schema.type === 'integer' ? 'whole number' : schema.type === 'object' ? 'object' : (schema.type ?? 'value');
}

function allowedValues(schema: JsonSchema): string[] | null {
  const values = schema.enum ?? schema.items?.enum;
  return values ? values.map(String) : null;
}
