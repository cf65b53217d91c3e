import { AppError, isAppError, type ErrorCode } from '../core/errors';
import { isImportFailed } from '../core/imports/import-failed';
import type { ImportProblem } from '../core/imports/problems';

/** The one place where error codes become HTTP statuses. */
const statusOf: Record<ErrorCode, number> = {
	'auth.invalid_credentials': 401,
	'auth.unauthenticated': 401,
	'auth.session_expired': 401,
	'auth.forbidden': 403,
	'auth.foreign_tenant': 403,
	'auth.rate_limited': 429,
	'auth.ambiguous_login': 401,
	'auth.account_disabled': 403,
	'auth.weak_password': 400,
	'csrf.invalid': 403,
	'csrf.cross_origin': 403,
	'request.unsupported_media_type': 415,
	'validation.invalid': 400,
	'tenant.not_found': 404,
	'tenant.duplicate': 409,
	'tenant.invalid_parent': 400,
	'department.not_found': 400,
	'department.required': 400,
	'provider.required': 400,
	'provider.not_found': 400,
	'provider.duplicate': 409,
	'supply.band_not_found': 404,
	'facility.not_found': 404,
	'goal.not_found': 404,
	'measure.not_found': 404,
	'body.not_found': 404,
	'body.duplicate': 409,
	'meeting.not_found': 404,
	'meeting.wrong_status': 409,
	'agenda_item.not_found': 404,
	'decision.exists': 409,
	'facility.duplicate': 409,
	'facility.outside_area': 400,
	'facility_kind.not_found': 404,
	'facility_kind.duplicate': 409,
	'user.not_found': 404,
	'user.duplicate': 409,
	'user.last_admin': 409,
	'api_token.not_found': 404,
	'auth.invalid_token': 401,
	not_found: 404,
	'db.unreachable': 503,
	'db.locked': 503,
	'db.extension_missing': 503,
	'config.invalid': 500,
	'backup.unsupported': 400,
	'backup.target_not_empty': 409,
	'backup.no_database': 404,
	'backup.file_exists': 409,
	'backup.io_failed': 500,
	'backup.invalid_file': 400,
	'import.failed': 422,
	'import.not_found': 404,
	'import.already_rolled_back': 409,
	'import.rollback_blocked': 409,
	'import.upload_not_found': 404,
	'import.job_not_found': 404,
	'import.job_abandoned': 409,
	'layer.not_found': 404,
	'layer.duplicate': 409,
	'unit.not_found': 404,
	'variable.not_found': 404,
	'indicator.not_found': 404,
	'indicator.invalid': 400,
	'indicator.definitions_invalid': 400,
	'index.not_found': 404,
	'index.invalid': 400,
	'index.no_data': 422,
	'disclosure.invalid': 400,
	'crosswalk.not_found': 404,
	'crosswalk.invalid': 400,
	'crosswalk.not_convertible': 422,
	'topic.not_found': 400,
	'topic.duplicate': 409,
	internal: 500
};

export function httpStatus(code: ErrorCode): number {
	return statusOf[code];
}

export interface ErrorBody {
	code: ErrorCode;
	message: string;
	fields?: Record<string, string>;
	/** Every problem of a refused import (`import.failed`), with file, row, column and code. */
	problems?: readonly ImportProblem[];
}

/** Turns anything thrown into an error body; unexpected errors are logged and never shown in detail. */
export function toErrorBody(error: unknown): ErrorBody {
	if (isImportFailed(error)) {
		return { code: error.code, message: error.message, problems: error.problems };
	}
	if (isAppError(error)) {
		return Object.keys(error.fields).length > 0
			? { code: error.code, message: error.message, fields: error.fields }
			: { code: error.code, message: error.message };
	}
	console.error('[querschnitt] Unerwarteter Fehler:', error);
	const internal = new AppError('internal');
	return { code: internal.code, message: internal.message };
}
