import ts from 'typescript';

/** The part of an OpenAPI 3 schema object the client types are written from. */
export interface OpenApiSchema {
  readonly $ref?: string;
  readonly type?: string;
  readonly enum?: readonly unknown[];
  readonly items?: OpenApiSchema;
  readonly properties?: Readonly<Record<string, OpenApiSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | OpenApiSchema;
  readonly oneOf?: readonly OpenApiSchema[];
  readonly anyOf?: readonly OpenApiSchema[];
  readonly allOf?: readonly OpenApiSchema[];
  readonly nullable?: boolean;
}

const scalar: Readonly<Record<string, string>> = {
  string: 'string',
  integer: 'number',
  number: 'number',
  boolean: 'boolean',
};

function objectType(schema: OpenApiSchema): string {
  const required = new Set(schema.required ?? []);
  const fields = Object.entries(schema.properties ?? {}).map(
    ([name, property]) =>
      `${JSON.stringify(name)}${required.has(name) ? '' : '?'}: ${typeOf(property)};`,
  );
  const rest = schema.additionalProperties;
  if (rest !== undefined && rest !== false) {
    fields.push(`[key: string]: ${rest === true ? 'unknown' : typeOf(rest)};`);
  }
  return fields.length === 0 ? 'Record<string, unknown>' : `{ ${fields.join(' ')} }`;
}

/**
 * A schema as a TypeScript type. A reference becomes the name it points at, so a reference to a
 * schema the document does not define is a type error when the client is compiled.
 */
export function typeOf(schema: OpenApiSchema): string {
  const nullable = schema.nullable ? ' | null' : '';
  if (schema.$ref !== undefined) return `${schema.$ref.replace('#/components/schemas/', '')}`;
  if (schema.oneOf ?? schema.anyOf) {
    return `(${(schema.oneOf ?? schema.anyOf ?? []).map(typeOf).join(' | ')})${nullable}`;
  }
  if (schema.allOf) return `(${schema.allOf.map(typeOf).join(' & ')})${nullable}`;
  if (schema.enum) return `(${schema.enum.map((value) => JSON.stringify(value)).join(' | ')})`;
  if (schema.type === 'array') return `(${typeOf(schema.items ?? {})})[]${nullable}`;
  if (schema.type === 'object' || schema.properties) return `${objectType(schema)}${nullable}`;
  return `${(schema.type !== undefined && scalar[schema.type]) || 'unknown'}${nullable}`;
}

/** One exported type per component schema: the client's model. */
export function clientTypes(schemas: Readonly<Record<string, OpenApiSchema>>): string {
  return Object.entries(schemas)
    .map(([name, schema]) => `export type ${name} = ${typeOf(schema)};`)
    .join('\n');
}

/** Type-checks one TypeScript source on its own (strict, no emit); answers the diagnostics. */
export function typeCheck(source: string): string[] {
  const fileName = '/openapi-client.ts';
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
  };
  const host = ts.createCompilerHost(options);
  const readSource = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language) =>
    name === fileName ? ts.createSourceFile(name, source, language) : readSource(name, language);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === fileName || fileExists(name);
  const program = ts.createProgram([fileName], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}
