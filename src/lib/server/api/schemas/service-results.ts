import type { z } from 'zod';
import type { ErrorBody } from '../../errors';
import type { importSummaryPage } from '../presenters/imports';
import type { getImportJob } from '../../services/import-wizard.service';
import type { getImport, rollbackImport } from '../../services/import.service';
import type { getCompositeIndex } from '../../values/composite-index';
import type { getFacility, listFacilities } from '../../services/facility.service';
import type { listFacilityKinds, listProviders } from '../../services/facility-taxonomy.service';
import type { listDepartments, resolveTenant } from '../../services/tenant.service';
import type { listUsers } from '../../services/user.service';
import type { indicatorTimeSeries } from '../../values/indicator-values';
import type { errorSchema } from './common';
import type { compositeIndexSchema } from './composite-index';
import type { facilityDetailSchema, facilityKindSchema, facilitySchema, providerSchema } from './facilities';
import type { importJobSchema, importSchema, importSummaryPageSchema, rollbackResultSchema } from './imports';
import type { departmentSchema, memberSchema, tenantSchema } from './tenant';
import type { timeSeriesPointSchema } from './values';

/**
 * Compile-time checks for the answers a route passes on from a service unchanged (or through a
 * presenter that keeps Date objects until JSON): what the service returns, as JSON (a Date becomes a string), must fit the schema the document shows.
 * A field of a schema the service lacks, or of another type, fails `npm run check`; a field the
 * service has and the schema lacks is found at run time by response-schemas.test.ts.
 */
type Json<T> = T extends Date
	? string
	: T extends readonly (infer U)[]
		? Json<U>[]
		: T extends object
			? { [K in keyof T]: Json<T[K]> }
			: T;
type Fits<Actual, Expected> = [Json<Actual>] extends [Expected] ? true : false;
type Out<Schema extends z.ZodType> = z.output<Schema>;
type Assert<T extends true> = T;
type Result<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;
type Item<F extends (...args: never[]) => Promise<readonly unknown[]>> = Result<F>[number];

export type ServiceResultsFitSchemas = [
	Assert<Fits<{ error: ErrorBody }, Out<typeof errorSchema>>>,
	Assert<Fits<Item<typeof listDepartments>, Out<typeof departmentSchema>>>,
	Assert<Fits<Result<typeof resolveTenant>, Omit<Out<typeof tenantSchema>, 'departments'>>>,
	Assert<Fits<Item<typeof listUsers>, Out<typeof memberSchema>>>,
	Assert<Fits<ReturnType<typeof importSummaryPage>, Out<typeof importSummaryPageSchema>>>,
	// The repository selects warningCount for one import too, but its return type does not say so.
	Assert<Fits<Result<typeof getImport>, Omit<Out<typeof importSchema>, 'warningCount'>>>,
	Assert<Fits<Result<typeof getImportJob>, Out<typeof importJobSchema>>>,
	Assert<Fits<Result<typeof rollbackImport>, Out<typeof rollbackResultSchema>>>,
	Assert<Fits<Result<typeof getCompositeIndex>, Out<typeof compositeIndexSchema>>>,
	Assert<Fits<Item<typeof indicatorTimeSeries>, Out<typeof timeSeriesPointSchema>>>,
	Assert<Fits<Item<typeof listFacilities>, Out<typeof facilitySchema>>>,
	Assert<Fits<Result<typeof getFacility>, Out<typeof facilityDetailSchema>>>,
	Assert<Fits<Item<typeof listFacilityKinds>, Out<typeof facilityKindSchema>>>,
	// The database keeps the sector as text; the service writes only the four values of the enum.
	Assert<
		Fits<
			Omit<Item<typeof listProviders>, 'sector'> & Pick<Out<typeof providerSchema>, 'sector'>,
			Out<typeof providerSchema>
		>
	>
];
