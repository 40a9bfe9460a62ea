/**
 * The public library surface of policy-card. Everything not exported here is internal.
 */
export { CardError, type CardWarning, type ErrorCode, type Localized } from './errors.js';
export { resolveLang, type Lang } from './i18n/lang.js';
export { cardSchema, LIMITS, type CardSpec, type CardSpecInput, type ProcessStep, type QrEntry } from './spec/card-schema.js';
export { detailPageUrl, validateCard, type SiteTarget, type ValidationResult, type ValidateOptions } from './spec/validate-card.js';
export { parseCardJson, decodeCardText } from './spec/parse-card-json.js';
export { loadCards, loadCardFile, findCardFiles, type LoadedCard } from './spec/load-cards.js';
export { renderCard, type RenderOptions, type RenderedCard, type RenderTimings } from './render/render-card.js';
export { buildCards, buildReportJson, type BuildOptions, type BuildReport, type CardReport, type OutputFormat } from './batch/build-cards.js';
export { validateCards, type ValidateReport } from './batch/validate-cards.js';
export { listTemplates, loadTemplate, type TemplateListing, type TemplateManifest, type CardTemplate } from './template/load-template.js';
export { listThemeNames, loadTheme, type Theme } from './template/themes.js';
export { makeQr, type QrImage, type ErrorCorrection } from './qr/make-qr.js';
export { cardJsonSchema } from './schema/card-json-schema.js';
