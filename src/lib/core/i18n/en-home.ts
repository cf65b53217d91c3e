import type { deHome } from './de-home';

/** English texts of the tenant's home page. Merged into the dictionary in en.ts. */
export const enHome: Record<keyof typeof deHome, string> = {
	'home.lead':
		'The shared data basis of all departments and what is built on it: areas, indicators, maps and services. From here you go into the areas.',
	'home.start.title': 'Where to start?',
	'home.start.lead':
		'This tenant has no data yet. The shared data basis is built in a few steps, each checked before it is taken over:',
	'home.start.units': 'Import areas',
	'home.start.unitsText':
		'a layer (e.g. districts, social areas, planning areas) from GeoJSON, shapefile, TopoJSON or a table.',
	'home.start.observations': 'Import variables',
	'home.start.observationsText':
		'numbers per area and reference date (e.g. inhabitants by age, SGB II benefits) from CSV or Excel.',
	'home.start.indicators': 'Define indicators',
	'home.start.indicatorsText': 'rates and changes computed from the variables, each with a fact sheet.',
	'home.start.facilities': 'Import facilities',
	'home.start.facilitiesText': 'day care, schools, youth centres with address, provider and places.',
	'home.start.readOnly':
		'Data are imported by planners or the administration. As soon as there are data, you see them here.',
	'home.key.title': 'Key figures',
	'home.key.lead':
		'The indicators of the social index and one of every other topic, with the value for the whole area at the latest reference date. A click shows the indicator on the map.',
	'home.key.loading': 'Computing the key figures …',
	'home.key.failed': 'The key figures could not be computed. Please reload the page.',
	'home.key.noValueText': 'No value for the whole area; the map shows the value of each area.',
	'home.key.asOf': 'as of {date}',
	'home.key.noValue': 'No overall value',
	'home.key.none': 'No indicators with values yet. Indicators are computed from imported variables.',
	'home.areas.title': 'Areas',
	'home.data.layers': 'Layers',
	'home.data.layerUnits': '{count} {count|area|areas}',
	'home.data.noLayers': 'No layers yet.',
	'home.data.counts':
		'{variables} {variables|variable|variables}, {indicators} {indicators|indicator|indicators}, {crosswalks} {crosswalks|crosswalk|crosswalks}',
	'home.data.latestImports': 'Latest imports',
	'home.data.importBy': '{date}, {actor}',
	'home.data.rolledBack': 'rolled back',
	'home.data.noImports': 'No imports yet.',
	'home.data.allImports': 'All {total} {total|import|imports}',
	'home.data.newImport': 'New import',
	'home.monitoring.indicators':
		'{count} {count|indicator|indicators} as map, table and chart, area profiles and comparisons.',
	'home.monitoring.workspace': 'Map and table',
	'home.monitoring.profiles': 'Area profiles',
	'home.monitoring.index': 'Social index',
	'home.monitoring.indexComputed': '“{name}” on the layer {layer}, computed for {date}.',
	'home.monitoring.indexNotComputed': '“{name}” on the layer {layer}, not computed yet.',
	'home.monitoring.noIndex': 'No social index defined yet.',
	'home.offers.count': '{count} {count|facility|facilities} in the register.',
	'home.offers.providers': '{providers} {providers|provider is|providers are} registered.',
	'home.offers.none': 'No facilities registered yet.',
	'home.offers.byKind': 'By kind',
	'home.offers.register': 'Register',
	'home.offers.supply': 'Supply and need',
	'home.offers.chain': 'Prevention chain',
	'home.admin.title': 'Administration',
	'home.admin.text': 'Users and roles, the log of every change and the disclosure rules.',
	'home.admin.users': 'Users',
	'home.admin.audit': 'Audit log',
	'home.admin.disclosure': 'Disclosure',
	'home.planned.title': 'Planned',
	'home.planned.lead': 'These areas are planned and not usable yet; their pages describe what is coming.',
	'home.planned.badge': 'Planned',
	'home.planned.more': 'What is planned: {area}',
	'home.provider.count': 'Your provider has {count} {count|facility|facilities} in the register.',
	'home.about': 'About this tenant'
};
