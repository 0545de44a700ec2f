/**
 * Open Referral HSDS 3.x → the directory's Resource records. One mapping, used by the reference
 * server's `resources:import` and by `<peer-resource-directory>` reading an HSDS `/services`
 * endpoint directly (`resources-format="hsds"` in the config).
 *
 * Two shapes are read: tables (`{ organizations, services, phones, schedules, languages,
 * service_at_locations }`, joined by `organization_id` / `service_id`) and compiled services (as
 * the HSDS API returns them: an array, or `{ services }` / `{ contents }`, each with its
 * `organization`, `phones`, `schedules` and `languages` nested).
 */
import type { Resource } from './contract.js';
export interface HsdsServiceResult {
    /** Position in the services list. */
    index: number;
    /** The listing, when the service could be mapped. */
    resource?: Resource;
    /** Why the service could not be used, field by field. */
    errors: string[];
}
export interface HsdsMapping {
    /** Depth of the services array in the document (for line numbers). */
    arrayDepth: number;
    services: HsdsServiceResult[];
    /** What HSDS does not say, or what had to be guessed or left out. */
    notes: string[];
}
/** Maps every service; `undefined` when the document is not an HSDS export at all. */
export declare function mapHsds(document: unknown, today?: Date): HsdsMapping | undefined;
