/**
 * The two patterns for units without a coloured value, shared by the map (canvas images given to
 * MapLibre with addImage: there is no sprite server) and the legend (the same look in CSS), so
 * that the legend swatch matches what the map draws:
 * - missing ("keine Daten"): grey diagonal lines on white;
 * - suppressed ("geheim gehalten"): dark dots on white, echoing the "." statistical offices print.
 */
export const hatch = {
	background: '#ffffff',
	missingLine: '#6f6f6f',
	suppressedDot: '#3a3a3a',
	/** Tile size in CSS pixels. */
	size: 8
} as const;

export const hatchImageIds = { missing: 'qs-hatch-missing', suppressed: 'qs-hatch-suppressed' } as const;

/** CSS backgrounds for the legend swatches (same colours and spacing as the canvas tiles). */
export const hatchCss = {
	missing: `repeating-linear-gradient(-45deg, ${hatch.missingLine} 0 1.5px, ${hatch.background} 1.5px ${hatch.size / Math.SQRT2}px)`,
	suppressed: `radial-gradient(circle, ${hatch.suppressedDot} 1.4px, ${hatch.background} 1.6px) 0 0 / ${hatch.size}px ${hatch.size}px, ${hatch.background}`
} as const;

/**
 * Draws one tile of a pattern and returns its pixels for `map.addImage(id, image, { pixelRatio })`.
 * Browser only (needs a canvas).
 */
export function hatchImage(kind: 'missing' | 'suppressed', pixelRatio: number): ImageData {
	const size = hatch.size * pixelRatio;
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = size;
	const context = canvas.getContext('2d')!;
	context.fillStyle = hatch.background;
	context.fillRect(0, 0, size, size);
	if (kind === 'missing') {
		context.strokeStyle = hatch.missingLine;
		context.lineWidth = 1.5 * pixelRatio;
		context.lineCap = 'square';
		// The diagonal and its two corner pieces: tiles join into unbroken lines.
		for (const offset of [-size, 0, size]) {
			context.beginPath();
			context.moveTo(offset, size);
			context.lineTo(offset + size, 0);
			context.stroke();
		}
	} else {
		context.fillStyle = hatch.suppressedDot;
		context.beginPath();
		context.arc(size / 2, size / 2, 1.5 * pixelRatio, 0, 2 * Math.PI);
		context.fill();
	}
	return context.getImageData(0, 0, size, size);
}
