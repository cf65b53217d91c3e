import type { ErrorCode } from '../errors';

/**
 * English texts of the error codes that carry no parameters. Codes with parameters (e.g. the
 * minutes of a login lock) keep the German message of the server, which names the values.
 */
export const errorMessagesEn: Partial<Record<ErrorCode, string>> = {
	'auth.invalid_credentials': 'User name or password is wrong.',
	'auth.unauthenticated': 'Please sign in.',
	'auth.session_expired': 'Your session has expired. Please sign in again.',
	'auth.forbidden': 'You are not allowed to do this.',
	'auth.foreign_tenant': 'You do not belong to this authority and therefore have no access.',
	'auth.account_disabled': 'This account is disabled. Please contact your administrators.',
	'csrf.invalid':
		'The form has expired or was not sent by this application (CSRF protection). Please reload the page and send it again.',
	'department.not_found': 'The department does not exist in this authority.',
	'department.required': 'The role “Department planner” needs a department.',
	'provider.required': 'The role “Provider” needs the provider whose facilities the account keeps current.',
	'user.last_admin': 'The last active administrator of an authority cannot be removed or demoted.',
	'import.upload_not_found':
		'The uploaded files do not exist (any more): they are deleted after 24 hours and visible only to the person who uploaded them. Please upload the files again.',
	'import.job_not_found':
		'This import run does not exist (any more). Please check the import history whether the import was committed.',
	'import.job_abandoned':
		'The server running this import no longer responds; the import was abandoned. An import is committed completely or not at all: please check the import history whether it was committed, and otherwise start it again.',
	not_found: 'The requested page or resource was not found.',
	internal: 'An unexpected error occurred. Please try again or contact your administrators.'
};
