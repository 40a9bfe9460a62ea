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
export { makeQr, LOGO_MAX_VERSION, type QrImage, type QrOptions, type ErrorCorrection } from './qr/make-qr.js';
export { assertScannableColors, MIN_QR_CONTRAST } from './qr/qr-colors.js';
export { LOGO_MAX_AREA } from './qr/logo-pad.js';
export { type QrDefaults } from './qr/qr-style.js';
export { writeSite, type SiteOptions, type SiteReport } from './site/write-site.js';
export { renderDetailPage, type DetailPageOptions } from './site/render-detail-page.js';
export { renderIndexPage, type IndexPageOptions } from './site/render-index-page.js';
export { buildPolicyView, type PolicyView } from './site/policy-view.js';
export { policiesFeed, type PoliciesFeed } from './site/policies-feed.js';
export { escapeHtml } from './site/html.js';
export { cardJsonSchema } from './schema/card-json-schema.js';
export { startStudio, assertSafeBinding, type StudioOptions, type RunningStudio } from './serve/start-studio.js';
export { type StudioSettings } from './serve/card-catalogue.js';
export { formatRequestLog, type RequestLogEntry } from './serve/request-log.js';
export { readSheetCards, loadSheetCards, isSheetFile, type ReadSheetOptions, type SheetCards } from './import/sheet-cards.js';
export { importSheet, type ImportOptions, type ImportReport, type ImportedRow, type ImportStatus } from './import/import-sheet.js';
export { exportCards, cardsToSheet, type ExportOptions, type ExportReport } from './import/export-cards.js';
export { sheetTemplateBytes, writeSheetTemplate, EXAMPLE_CARD, type SheetTemplateOptions } from './import/sheet-template.js';
export { parseHeaderMap, selectSheet, type HeaderMap, type ColumnMap, type MappedColumn } from './import/map-columns.js';
export { rowsToSpecs, type SheetRowSpec } from './import/rows-to-specs.js';
export { SHEET_COLUMNS, type SheetColumn, type SheetField, type CellKind } from './import/sheet-columns.js';
export { splitCellList, splitCellLines } from './import/split-cell-list.js';
export { parseCellDate, parseDateText, dateFromSerial } from './import/parse-cell-date.js';
export { slugFromTitle } from './import/slug-from-title.js';
export { type SheetCell, type SheetRow, type SheetTable } from './import/sheet-table.js';
