/**
 * A small CSV reader of the tests' own (comma, quotes, doubled quotes), independent of the
 * platform's readers, so that numbers checked against raw files are not read by the code under test.
 */
export function parseRawCsv(text: string): Record<string, string>[] {
	const rows: string[][] = [];
	for (const line of text.split(/\r?\n/)) {
		if (!line) continue;
		const cells: string[] = [];
		let cellText = '';
		let quoted = false;
		for (let i = 0; i < line.length; i++) {
			const c = line[i]!;
			if (c === '"') {
				if (quoted && line[i + 1] === '"') {
					cellText += '"';
					i++;
				} else quoted = !quoted;
			} else if (c === ',' && !quoted) {
				cells.push(cellText);
				cellText = '';
			} else cellText += c;
		}
		cells.push(cellText);
		rows.push(cells);
	}
	const [header, ...data] = rows;
	return data.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i] ?? ''])));
}
