import ExcelJS from 'exceljs';
import { allowedWords, planColumns, planSheetNames, type PlanSheet } from '../../core/planning/plan-layout';

/**
 * The plan as an Excel workbook in exactly the layout of the plan import (core/planning/plan-layout):
 * sheets „Ziele“, „Maßnahmen“, „Haushalt“, „Meilensteine“ with the template's headings, dates as
 * Excel dates (shown TT.MM.JJJJ), amounts and values as numbers at full precision, codes as text,
 * and a sheet „Hinweise“ that says how to fill it in. Without rows it is the blank template.
 */

export type PlanCell = string | number | { date: string } | null;
export type PlanRow = Record<string, PlanCell>;
export type PlanRows = Record<PlanSheet, PlanRow[]>;

const dateFormat = 'dd.mm.yyyy';
const amountFormat = '#,##0.00';
const amountKeys = new Set(['planned', 'approved', 'spent']);

function excelDate(iso: string): Date | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

function addSheet(book: ExcelJS.Workbook, sheet: PlanSheet, rows: readonly PlanRow[]): void {
	const columns = planColumns[sheet];
	const ws = book.addWorksheet(planSheetNames[sheet], { views: [{ state: 'frozen', ySplit: 1 }] });
	const header = ws.addRow(columns.map((c) => c.header));
	header.font = { bold: true };
	columns.forEach((c, i) => {
		ws.getColumn(i + 1).width = Math.max(12, Math.min(40, c.header.length + 4));
		// Codes stay text (leading zeros, „1.10“ is no number).
		if (!amountKeys.has(c.key)) ws.getColumn(i + 1).numFmt = '@';
	});
	for (const row of rows) {
		const added = ws.addRow(
			columns.map((c) => {
				const cell = row[c.key] ?? null;
				if (cell !== null && typeof cell === 'object') return excelDate(cell.date);
				return cell === '' ? null : cell;
			})
		);
		columns.forEach((c, i) => {
			const cell = added.getCell(i + 1);
			const value = row[c.key];
			if (value !== null && typeof value === 'object') cell.numFmt = dateFormat;
			else if (typeof value === 'number') cell.numFmt = amountKeys.has(c.key) ? amountFormat : 'General';
		});
	}
}

const notes: [string, string][] = [
	[
		'Aufbau',
		'Ein Blatt je Art: Ziele, Maßnahmen, Haushalt (je Maßnahme, Jahr und Quelle eine Zeile), Meilensteine. Die Überschriften der ersten Zeile werden erkannt (Groß- und Kleinschreibung, ä/ae egal); unbekannte Spalten werden gemeldet.'
	],
	[
		'Nummern',
		'Ziele und Maßnahmen werden über ihre Nummer angelegt oder geändert (eine vorhandene Nummer wird überschrieben). Übergeordnete Ziele und die Ziele einer Maßnahme dürfen in beliebiger Reihenfolge in der Datei stehen.'
	],
	['Art', allowedWords('level')],
	['Richtung', `${allowedWords('direction')}; leer: aus der Polarität des Indikators.`],
	[
		'Gebietsbezug',
		`${allowedWords('scopeKind')}. Bei „Gebiete“ die Raumebene (Code) und die Schlüssel durch Komma getrennt; bei „Sozialindex-Klasse“ Sozialindex (Code), Indexklasse, Klassenart (${allowedWords('classKind')}) und Stichtag der Klasse.`
	],
	[
		'Basiswert',
		'Leer lassen: der Wert wird zum Basisdatum aus den Daten genommen. Ein eingetragener Wert braucht eine Begründung (Spalte „Begründung Basiswert“).'
	],
	['Herkunft', allowedWords('origin')],
	['Status', `Ziele: ${allowedWords('goalStatus')}. Maßnahmen: ${allowedWords('measureStatus')}.`],
	[
		'Listen',
		'Ziele, Gebiete (Raumebene/Schlüssel, z. B. planungsraum/01011101), Einrichtungen und Lebensphasen durch Komma getrennt; Fachbereiche, Träger und Zielgruppen durch Semikolon.'
	],
	[
		'Haushalt',
		`Quelle: ${allowedWords('source')} (mit Programmname). Beträge in Euro, nicht negativ; mehr ausgegeben als bewilligt nur mit Anmerkung. Ist das Blatt da, ersetzt es den Haushalt jeder Maßnahme der Datei; ebenso das Blatt Meilensteine.`
	],
	[
		'Daten',
		'Datum als TT.MM.JJJJ; ein Jahr allein (2030) steht für den 31.12. des Jahres. CSV: je Art eine Datei (ziele.csv, massnahmen.csv, haushalt.csv, meilensteine.csv), Semikolon, Dezimalkomma, UTF-8 oder Windows-1252.'
	],
	[
		'Prüfung',
		'Beim Import wird jede Zeile wie im Formular geprüft. Ist nur ein Fehler in der Datei, wird nichts gespeichert; alle Fehler werden mit Blatt, Zeile und Spalte gemeldet.'
	]
];

export async function planXlsx(rows: PlanRows, created: Date): Promise<Uint8Array<ArrayBuffer>> {
	const book = new ExcelJS.Workbook();
	book.creator = 'Querschnitt';
	book.created = created;
	for (const sheet of Object.keys(planSheetNames) as PlanSheet[]) addSheet(book, sheet, rows[sheet]);
	const ws = book.addWorksheet('Hinweise');
	ws.getColumn(1).width = 18;
	ws.getColumn(2).width = 110;
	for (const line of notes) {
		const row = ws.addRow(line);
		row.getCell(1).font = { bold: true };
		row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
	}
	return new Uint8Array(await book.xlsx.writeBuffer());
}

export const emptyPlanRows = (): PlanRows => ({ goals: [], measures: [], budget: [], milestones: [] });
