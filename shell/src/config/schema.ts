/**
 * The JSON Schemas (draft 2020-12) of DigiOne Portal's deployment files: `/config.json`, an
 * education provider's own file (one `ProviderConfig`, when `/config.json` names its URL) and the
 * app registry (a list of the SDK's app manifests). `shell/schema/build.ts` writes them to
 * `shell/schema/*.schema.json`, published with the shell package, and compiles the first two into
 * `generated/validate-config.ts` (Ajv's standalone code), which the page runs: the page carries a
 * small function, not Ajv nor the schema.
 *
 * The schemas say the shape. What they cannot say well — plain http only on this computer, a URL
 * that parses — `runtime-config.ts` checks after them. Each `$defs` entry names a kind of value, and
 * `schema-errors.ts` words a problem in one by that name (`SCHEMA_MESSAGES`).
 */

/** The versioned ids under which the schemas are published. */
export const SCHEMA_IDS = {
  config: 'https://schemas.digione.fi/portal/config/1.json',
  provider: 'https://schemas.digione.fi/portal/provider/1.json',
  registry: 'https://schemas.digione.fi/portal/registry/1.json',
  /** The SDK's app manifest schema (`@digione/sdk/schema/app-manifest.schema.json`). */
  manifest: 'https://schemas.digione.fi/sdk/app-manifest/1.json',
} as const;

import { MAX_TIMEOUT_MS, PATTERNS } from './schema-patterns.js';

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

const text = (maxLength: number) =>
  ({ type: 'string', minLength: 1, maxLength, pattern: PATTERNS.text }) as const;

/** What an education provider's own file holds, and each provider of `/config.json`'s `providers`. */
export const PROVIDER_SCHEMA = {
  $schema: DRAFT,
  $id: SCHEMA_IDS.provider,
  title: 'DigiOne Portal education provider',
  description:
    'An education provider (a municipality, or a private or state school organiser) on DigiOne Portal: its name, its brand and the apps it has procured for its schools.',
  $ref: '#/$defs/provider',
  $defs: {
    provider: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'apps'],
      properties: {
        $schema: { type: 'string', maxLength: 2048 },
        name: { $ref: '#/$defs/localizedText' },
        brand: { $ref: '#/$defs/brand' },
        apps: {
          description:
            'The apps the provider has: an app id enables it in every school of the provider; { "id", "schools" } only in the schools named.',
          type: 'array',
          maxItems: 1000,
          items: { $ref: '#/$defs/appEnablement' },
        },
      },
    },
    localizedText: {
      description: 'A text in Finnish, Swedish and English.',
      type: 'object',
      additionalProperties: false,
      required: ['fi', 'sv', 'en'],
      properties: { fi: text(200), sv: text(200), en: text(200) },
    },
    appEnablement: {
      if: { type: 'string' },
      then: { $ref: '#/$defs/appId' },
      else: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'schools'],
        properties: {
          id: { $ref: '#/$defs/appId' },
          schools: {
            type: 'array',
            minItems: 1,
            maxItems: 2000,
            uniqueItems: true,
            // The type beside the reference lets uniqueItems compare strings without a helper.
            items: { type: 'string', $ref: '#/$defs/schoolCode' },
          },
        },
      },
    },
    appId: {
      description: 'An app id of the registry: lowercase kebab-case, e.g. "timetable".',
      type: 'string',
      minLength: 2,
      maxLength: 64,
      pattern: PATTERNS.appId,
    },
    schoolCode: {
      description: 'A school\'s official code (oppilaitosnumero): five digits, e.g. "09231".',
      type: 'string',
      pattern: PATTERNS.schoolCode,
    },
    brand: {
      description:
        "The brand worn while a person acts in one of the provider's schools. High contrast never takes a brand's colours.",
      type: 'object',
      additionalProperties: false,
      required: ['logo', 'colors'],
      properties: {
        name: { $ref: '#/$defs/localizedText' },
        logo: { $ref: '#/$defs/logo' },
        colors: {
          type: 'object',
          additionalProperties: false,
          required: ['light', 'dark'],
          properties: {
            light: { $ref: '#/$defs/brandColors' },
            dark: { $ref: '#/$defs/brandColors' },
          },
        },
      },
    },
    logo: {
      description: 'A path on the portal, an https URL or a data:image/svg+xml URL.',
      type: 'string',
      maxLength: 65536,
      pattern: PATTERNS.logo,
    },
    brandColors: {
      description: "A brand's colours in one theme; each must meet WCAG AA contrast in it.",
      type: 'object',
      additionalProperties: false,
      required: ['accent', 'accentHover', 'accentSubtle'],
      properties: {
        accent: { $ref: '#/$defs/color' },
        accentHover: { $ref: '#/$defs/color' },
        accentSubtle: { $ref: '#/$defs/color' },
        onAccent: { $ref: '#/$defs/color' },
      },
    },
    color: { description: 'A colour as #rrggbb.', type: 'string', pattern: PATTERNS.color },
  },
} as const;

/** The schema of `/config.json`. */
export const CONFIG_SCHEMA = {
  $schema: DRAFT,
  $id: SCHEMA_IDS.config,
  title: 'DigiOne Portal configuration (/config.json)',
  description:
    'The runtime configuration of one deployment of DigiOne Portal, read by the page at every start: the identity provider, where the app registry is, the education providers and their apps and brands, and where the portal reports.',
  type: 'object',
  additionalProperties: false,
  required: ['auth'],
  properties: {
    $schema: { type: 'string', maxLength: 2048 },
    auth: {
      type: 'object',
      additionalProperties: false,
      required: ['authority', 'clientId'],
      properties: {
        authority: {
          description:
            "The OpenID Provider's issuer URL (https; plain http only on 127.0.0.1/localhost).",
          $ref: '#/$defs/httpUrl',
        },
        clientId: { description: "The portal's public client id.", ...text(256) },
        scope: { description: 'Scopes to ask for; "openid" is always added.', ...text(1000) },
        redirectPath: { $ref: '#/$defs/path' },
        postLogoutRedirectPath: { $ref: '#/$defs/path' },
        userStore: { type: 'string', enum: ['memory', 'session'] },
        resources: {
          description: 'Every API audience apps may ask tokens for (RFC 8707 resource indicators).',
          type: 'array',
          maxItems: 1000,
          items: { $ref: '#/$defs/resource' },
        },
        sessionLifetimeSeconds: { $ref: '#/$defs/seconds' },
        sessionWarningSeconds: { $ref: '#/$defs/seconds' },
      },
    },
    registry: {
      description: 'Where the app registry is; without it the portal runs without apps.',
      $ref: '#/$defs/location',
    },
    feedback: {
      description: 'Where the feedback page posts what people send.',
      $ref: '#/$defs/location',
    },
    cspReports: {
      description: 'Where browsers report Content-Security-Policy violations.',
      $ref: '#/$defs/location',
    },
    apps: {
      type: 'object',
      additionalProperties: false,
      properties: {
        importTimeoutMs: { $ref: '#/$defs/milliseconds' },
        lifecycleTimeoutMs: { $ref: '#/$defs/milliseconds' },
      },
    },
    providers: {
      description:
        "The education providers by business id (Y-tunnus) or, where people sign in with MPASSid's own claims, by the Organisation Service OID MPASSid names them with (1.2.246.562.10.…, or 1.2.246.562.99.… for a test organisation): each one's settings, or the URL of its own file (fetched only when a person acts in one of its schools). Absent: every registered app is available everywhere.",
      type: 'object',
      maxProperties: 1000,
      propertyNames: { $ref: '#/$defs/providerId' },
      additionalProperties: {
        if: { type: 'string' },
        then: { $ref: '#/$defs/location' },
        else: { $ref: `${SCHEMA_IDS.provider}#/$defs/provider` },
      },
    },
    telemetry: {
      description:
        'Where the portal reports load times, failures, Web Vitals and policy violations (OpenTelemetry OTLP/HTTP), without personal data.',
      type: 'object',
      additionalProperties: false,
      required: ['endpoint'],
      properties: {
        endpoint: {
          description: "The OTLP/HTTP receiver's base: a path on the portal or an https URL.",
          $ref: '#/$defs/location',
        },
        sampleRate: {
          description: 'The share of page views that report, 0 to 1 (default 1).',
          type: 'number',
          minimum: 0,
          maximum: 1,
        },
      },
    },
  },
  $defs: {
    httpUrl: { type: 'string', maxLength: 2048, pattern: PATTERNS.httpUrl },
    location: {
      description: 'A path on the portal ("/registry.json") or an https URL.',
      type: 'string',
      maxLength: 2048,
      pattern: PATTERNS.location,
    },
    path: { type: 'string', maxLength: 2048, pattern: PATTERNS.path },
    resource: {
      description: 'An absolute URI without a fragment (RFC 8707).',
      type: 'string',
      maxLength: 2048,
      pattern: PATTERNS.resource,
    },
    seconds: { type: 'integer', minimum: 1, maximum: 31536000 },
    milliseconds: { type: 'integer', minimum: 1, maximum: MAX_TIMEOUT_MS },
    providerId: {
      description:
        'An education provider: its business id (Y-tunnus), e.g. "0124610-9", or its Organisation Service OID, e.g. "1.2.246.562.10.90008375488" (1.2.246.562.99.… for a test organisation).',
      type: 'string',
      pattern: PATTERNS.providerId,
    },
  },
} as const;

/** The schema of the app registry: a list of the SDK's app manifests, which it refers to. */
export const REGISTRY_SCHEMA = {
  $schema: DRAFT,
  $id: SCHEMA_IDS.registry,
  title: 'DigiOne Portal app registry',
  description:
    "The apps of a portal: a list of app manifests, each as the SDK's manifest schema says. Ids and API audiences are unique; the operator's check (digione-check) applies the production rules the schema cannot say.",
  type: 'array',
  maxItems: 1000,
  items: { $ref: SCHEMA_IDS.manifest },
} as const;
