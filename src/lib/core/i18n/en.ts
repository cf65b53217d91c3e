import type { MessageKey } from './de';
import { enData } from './en-data';
import { enImport } from './en-import';
import { enMap } from './en-map';
import { enCharts } from './en-charts';
import { enMonitoring } from './en-monitoring';
import { enIndex } from './en-index';
import { enDisclosure } from './en-disclosure';
import { enFacilitiesImport } from './en-facilities-import';
import { enUnitsImport } from './en-units-import';
import { enFacilities } from './en-facilities';
import { enSupply } from './en-supply';
import { enCrosswalk } from './en-crosswalk';
import { enHome } from './en-home';
import { enPlanning } from './en-planning';
import { enGoalPage } from './en-goal-page';
import { enPlanExchange } from './en-plan-exchange';
import { enPlanAreas } from './en-plan-areas';
import { enPlanCheck } from './en-plan-check';
import { enSteering } from './en-steering';
import { enMeasureForm } from './en-measure-form';

/** The English texts: every key of the German dictionary, translated. */
export const en: Record<MessageKey, string> = {
	...enData,
	...enImport,
	...enMap,
	...enCharts,
	...enMonitoring,
	...enIndex,
	...enDisclosure,
	...enSupply,
	...enFacilitiesImport,
	...enUnitsImport,
	...enFacilities,
	...enCrosswalk,
	...enHome,
	...enPlanning,
	...enGoalPage,
	...enPlanExchange,
	...enPlanAreas,
	...enPlanCheck,
	...enSteering,
	...enMeasureForm,
	'app.name': 'Querschnitt',
	'app.tagline': 'Integrated planning for local authorities',
	'app.skipLink': 'Skip to content',
	'app.homeLink': 'Querschnitt – home',

	'language.label': 'Language',
	'language.switch': 'Deutsch',
	'language.switchLang': 'de',
	'language.switchHint': 'Auf Deutsch umschalten',

	'userMenu.label': 'User menu',
	'userMenu.signedInAs': 'Signed in as {name}',
	'userMenu.tenants': 'Switch authority',
	'userMenu.account': 'My account',
	'userMenu.logout': 'Sign out',
	'userMenu.login': 'Sign in',

	'nav.label': 'Areas',
	'nav.home': 'Overview',
	'nav.admin': 'Administration',
	'nav.benutzer': 'Users',
	'nav.protokoll': 'Audit log',

	'footer.nav': 'Legal and help',
	'footer.accessibility': 'Accessibility',
	'footer.about':
		'Querschnitt – open-source platform for integrated social, youth and education planning (EUPL 1.2)',

	'common.formErrorTitle': 'Please check your input',
	'common.successTitle': 'Done',
	'common.noticeTitle': 'Note',
	'common.optional': 'optional',
	'common.yes': 'Yes',
	'common.no': 'No',
	'common.none': 'not set',
	'common.choose': 'Please choose',
	'common.save': 'Save',
	'common.errorPrefix': 'Error:',

	'login.title': 'Sign in',
	'login.intro': 'Sign in with your user name or e-mail address and your password.',
	'login.login': 'User name or e-mail address',
	'login.password': 'Password',
	'login.submit': 'Sign in',
	'login.failedTitle': 'Sign-in not possible',
	'login.expiredTitle': 'Session expired',
	'login.expired':
		'Your session has expired because you were inactive for a while or the maximum duration was reached. Please sign in again.',
	'login.passwordChangedTitle': 'Password changed',
	'login.passwordChanged':
		'Your password has been changed. For your security, all your sessions have been ended. Please sign in with the new password.',
	'login.help':
		'Forgot your password? Please contact the administrators of your authority; they can set a new one for you.',

	'logout.title': 'Sign out',
	'logout.question': 'Do you want to sign out of Querschnitt?',

	'start.title': 'Choose an authority',
	'start.intro': 'You work for several authorities. Please choose the one you want to work in now.',
	'start.noneTitle': 'No authority assigned',
	'start.none':
		'Your account does not belong to any authority (tenant) yet. Please contact the administrators of your authority.',
	'start.role': 'Your role: {role}',

	'tenant.kind': 'Type',
	'tenant.ags': 'Official municipality key (AGS)',
	'tenant.role': 'Your role',
	'tenant.department': 'Your department',
	'tenant.departments': 'Departments',
	'tenant.noDepartments': 'No departments have been set up yet.',
	'tenant.providerTitle': 'Your task',
	'tenant.providerLead': 'You keep the facilities of the provider {provider} up to date.',
	'tenant.providerText':
		'As a provider you see only the offers and facilities of your own provider in Querschnitt and keep places, addresses and periods of operation current. The data and analyses of the authority are reserved for its administration.',
	'tenant.providerLink': 'Go to the offers',

	'area.building': 'Being built',
	'area.buildingText':
		'This area is currently being built. No data or functions are available yet; Querschnitt deliberately shows no sample values here.',
	'area.plannedTitle': 'What this area will hold',
	'area.daten.title': 'Data',
	'area.daten.summary': 'The shared data basis: areas, variables, indicators and imports.',
	'area.daten.body':
		'This is where the shared data basis of all departments will live: spatial layers such as districts, neighbourhoods, planning areas or school districts with their units, the variables recorded per unit and reference date (for example residents by age group or recipients of SGB II benefits), and the indicators computed from them with formula, source and fact sheet. Data are imported from CSV, Excel, GeoJSON, TopoJSON and shapefiles: fully checked, with an error report per row and column, and taken over completely or not at all. Every number can be traced back to its import.',
	'area.monitoring.title': 'Monitoring',
	'area.monitoring.summary': 'Maps, tables, charts and area profiles; social index.',
	'area.monitoring.body':
		'This is where you will look at your city or district area by area: thematic maps of every indicator with an equivalent, sortable table as the accessible alternative, time series, rankings and relations between topic fields, a profile for every neighbourhood and comparisons between areas. A composite social index of status and dynamics will follow, with its computation made transparent. Small counts are protected by statistical disclosure control before anything is published.',
	'area.angebote.title': 'Services',
	'area.angebote.summary': 'Facilities of all departments, supply and need, prevention chain.',
	'area.angebote.body':
		'This is where a shared register of the services and facilities of all departments will be built, such as day-care centres, schools, youth centres, family centres and counselling services, with capacities, providers and location. On this basis Querschnitt will show, per area, the provision rate, the places needed and the shortfall, reachability across area boundaries, and the prevention chain from birth to the transition into work: where services are missing and where several departments offer the same.',
	'area.steuerung.title': 'Steering',
	'area.steuerung.summary': 'Goals, measures, goal achievement and decisions of the steering group.',
	'area.steuerung.body':
		'This is where the steering cycle will be supported: guiding goals and measurable action goals with indicator, baseline and target value, measures with lead and partner departments, providers, budget and status, the regular check of goal achievement with a projection to the target date, and the decisions of the steering group that approve goals and measures, reject them or return them for revision.',
	'area.beteiligung.title': 'Participation',
	'area.beteiligung.summary': 'Neighbourhood conferences, surveys, feedback from residents.',
	'area.beteiligung.body':
		'This is where residents, providers and local actors will take part: neighbourhood conferences (Sozialraumkonferenzen) that assess the analysis of an area and derive recommendations, surveys, and ratings and comments. Goals are meant to come not only from the top of the administration but also from the neighbourhoods.',
	'area.berichte.title': 'Reports',
	'area.berichte.summary': 'Integrated reports as web pages and PDF; publication with disclosure control.',
	'area.berichte.body':
		'This is where integrated reports will be produced, for example social or education reports and area profiles, from the maps, tables and charts of the other areas, as accessible web pages and as PDF. Whatever becomes public always passes statistical disclosure control; published datasets receive DCAT-AP.de metadata and an open licence.',

	'role.admin.description':
		'Manages the users of the authority, reads the audit log and has all rights of planners and the steering group.',
	'role.planner.description': 'Reads and edits the shared data of all departments.',
	'role.department_planner.description': 'Reads all data and edits only the data of their own department.',
	'role.steering.description': 'Reads all data and takes the decisions of the steering group.',
	'role.viewer.description': 'Reads the data of the authority but changes nothing.',
	'role.provider.description':
		'A provider outside the administration: keeps only the facilities of its own provider and sees no other data of the authority.',

	'users.title': 'Users',
	'users.intro': 'People who work with Querschnitt in {tenant}, with their role and department.',
	'users.caption': 'Members of {tenant}',
	'users.col.name': 'Name',
	'users.col.username': 'User name',
	'users.col.email': 'E-mail address',
	'users.col.role': 'Role',
	'users.col.department': 'Department',
	'users.col.provider': 'Provider',
	'users.col.status': 'Status',
	'users.col.actions': 'Actions',
	'users.active': 'Active',
	'users.disabled': 'Disabled',
	'users.edit': 'Edit',
	'users.editFor': 'Edit {name}',
	'users.readOnly':
		'You can see the members but not change them. Users are managed by the administrators of the authority.',
	'users.rolesTitle': 'What may each role do?',
	'users.createTitle': 'Create a user',
	'users.createIntro':
		'Create an account and give the person the initial password through a secure channel. They can change it afterwards under “My account”.',
	'users.field.username': 'User name',
	'users.field.usernameHint':
		'3 to 64 characters: letters without umlauts, digits, dot, hyphen or underscore, for example erika.muster.',
	'users.field.email': 'E-mail address',
	'users.field.displayName': 'Full name',
	'users.field.password': 'Initial password',
	'users.field.passwordHint': 'At least {min} {min|character|characters}.',
	'users.field.role': 'Role',
	'users.field.department': 'Department',
	'users.field.departmentHint':
		'Required for the role “Department planner”: this role may only edit data of its department.',
	'users.field.noDepartment': 'No department',
	'users.field.provider': 'Provider',
	'users.field.providerHint':
		'Required for the role “Provider (own facilities)”: the account keeps only the facilities of this provider. Ignored for all other roles.',
	'users.field.noProvider': 'No provider',
	'users.createSubmit': 'Create user',
	'users.created': 'The user “{username}” has been created.',
	'users.removed': 'The person has been removed from the authority.',

	'user.title': 'Edit {name}',
	'user.back': 'Back to the list of users',
	'user.roleTitle': 'Role and department',
	'user.roleSubmit': 'Save role',
	'user.updated': 'Role and department have been saved.',
	'user.resetTitle': 'Set a new password',
	'user.resetIntro':
		'Sets a new password. All sessions of the person end; a disabled account is enabled again.',
	'user.resetField': 'New password',
	'user.resetSubmit': 'Set password',
	'user.resetDone': 'The password has been set. Give it to the person through a secure channel.',
	'user.removeTitle': 'Remove from the authority',
	'user.removeIntro':
		'The person loses access to {tenant}. If they belong to no other authority, their account is disabled. Their entries in the audit log remain.',
	'user.removeOpen': 'Remove …',
	'user.removeConfirm': 'Do you really want to remove {name} from {tenant}?',
	'user.removeSubmit': 'Yes, remove {name}',

	'audit.title': 'Audit log',
	'audit.intro':
		'Every change in {tenant} with time, person and the state before and after. The log cannot be altered.',
	'audit.filterLabel': 'Kind of object',
	'audit.filterAll': 'All',
	'audit.filterSubmit': 'Show',
	'audit.caption': 'Changes, newest first',
	'audit.count': '{total} {total|entry|entries}',
	'audit.empty': 'There are no entries.',
	'audit.col.at': 'Time',
	'audit.col.actor': 'Person',
	'audit.col.entity': 'Object',
	'audit.col.action': 'Action',
	'audit.col.before': 'Before',
	'audit.col.after': 'After',
	'audit.action.create': 'Created',
	'audit.action.update': 'Changed',
	'audit.action.delete': 'Removed',
	'audit.entity.tenant': 'Authority',
	'audit.entity.department': 'Department',
	'audit.entity.user': 'User',
	'audit.entity.membership': 'Membership',
	'audit.entity.spatial_layer': 'Spatial layer',
	'audit.entity.variable': 'Variable',
	'audit.entity.topic': 'Topic field',
	'audit.entity.indicator': 'Indicator',
	'audit.entity.data_import': 'Import',
	'audit.entity.composite_index': 'Social index',
	'audit.entity.composite_index_run': 'Social index computation',
	'audit.entity.disclosure_setting': 'Disclosure rules',
	'audit.entity.api_token': 'API token',
	'audit.entity.provider': 'Provider',
	'audit.entity.facility': 'Facility',
	'audit.entity.facility_kind': 'Kind of offer',
	'audit.entity.supply_setting': 'Supply and need settings',
	'audit.entity.goal': 'Goal',
	'audit.field.id': 'Identifier',
	'audit.field.slug': 'Short name',
	'audit.field.name': 'Name',
	'audit.field.shortName': 'Abbreviation',
	'audit.field.kind': 'Type',
	'audit.field.ags': 'Municipality key',
	'audit.field.parentId': 'Parent authority',
	'audit.field.tenantId': 'Authority',
	'audit.field.createdAt': 'Created on',
	'audit.field.username': 'User name',
	'audit.field.email': 'E-mail address',
	'audit.field.displayName': 'Name',
	'audit.field.role': 'Role',
	'audit.field.departmentId': 'Department',
	'audit.field.providerId': 'Provider',
	'audit.field.disabled': 'Disabled',
	'audit.field.passwordChangedAt': 'Password changed on',
	'audit.field.passwordResetBy': 'Password set by',
	'audit.unknownDepartment': 'Department (no longer exists)',

	'pagination.label': 'Pages',
	'pagination.previous': 'Previous page',
	'pagination.next': 'Next page',
	'pagination.status': 'Page {page} of {pages}',

	'account.title': 'My account',
	'account.facts': 'Your details',
	'account.name': 'Name',
	'account.username': 'User name',
	'account.memberships': 'Authorities and roles',
	'account.passwordTitle': 'Change password',
	'account.passwordIntro':
		'After the change all your sessions end, on other devices too. You then sign in again with the new password.',
	'account.current': 'Current password',
	'account.new': 'New password',
	'account.newHint':
		'At least {min} characters. A long sentence is safer and easier to remember than a short, complicated password.',
	'account.repeat': 'Repeat the new password',
	'account.mismatch': 'The two new passwords do not match.',
	'account.wrongCurrent': 'The current password is wrong.',
	'account.submit': 'Change password',

	'tokens.title': 'API tokens',
	'tokens.intro':
		'With an API token, scripts and other systems use the /api/v1 interface with your rights. Send it in the header “Authorization: Bearer …”. The token is shown only once; only its fingerprint is stored.',
	'tokens.none': 'You have no API token yet.',
	'tokens.caption': 'Your API tokens',
	'tokens.name': 'Name',
	'tokens.nameHint': 'What the token is for, e.g. “Export youth welfare system”.',
	'tokens.prefix': 'Starts with',
	'tokens.created': 'Created',
	'tokens.expires': 'Valid until',
	'tokens.never': 'no expiry',
	'tokens.lastUsed': 'Last used',
	'tokens.unused': 'never',
	'tokens.scope': 'Scope',
	'tokens.scopeFull': 'your rights',
	'tokens.scopePublic': 'public data only',
	'tokens.days': 'Valid for days',
	'tokens.daysHint': 'Leave empty for a token without expiry. Recommended: at most 365 days.',
	'tokens.public': 'Public data only (as without login, with disclosure control)',
	'tokens.create': 'Create API token',
	'tokens.revoke': 'Revoke',
	'tokens.revokeLabel': 'Revoke API token “{name}”',
	'tokens.newTitle': 'Your new API token',
	'tokens.newText': 'Copy the token now and keep it safe. It will not be shown again.',
	'tokens.revoked': 'The API token has been revoked.',
	'tokens.actions': 'Actions',

	'error.title.401': 'Sign-in required',
	'error.title.403': 'No access',
	'error.title.404': 'Not found',
	'error.title.other': 'An error occurred',
	'error.explanation': 'What happened?',
	'error.code': 'Error code',
	'error.status': 'HTTP status',
	'error.home': 'To the start page',
	'error.login': 'To sign-in',

	'a11y.title': 'Accessibility statement'
};
