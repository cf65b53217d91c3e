import type { RenderFunction } from '@observablehq/plot';

/**
 * Clicking a bar or dot of a Plot chart picks its unit. Plot draws one element per datum in the
 * order of the mark's index, so a render transform can write each datum's code onto its element;
 * one click listener on the chart then reads it back.
 */
export function tagWithCode<T extends { code: string }>(data: readonly T[]): RenderFunction {
	return function (index, scales, values, dimensions, context, next) {
		const group = next!(index, scales, values, dimensions, context);
		if (!group) return null;
		const shapes = group.querySelectorAll('rect, circle, path');
		shapes.forEach((shape, i) => {
			const position = index[i];
			const datum = position === undefined ? undefined : data[position];
			if (datum) {
				shape.setAttribute('data-code', datum.code);
				shape.classList.add('qs-pickable');
			}
		});
		return group;
	};
}

/** Listens for clicks on tagged shapes; additive when Shift, Ctrl or Cmd is held. */
export function listenForPicks(
	element: Element,
	onpick: ((code: string, additive: boolean) => void) | undefined
): void {
	if (!onpick) return;
	element.addEventListener('click', (event) => {
		const target = (event.target as Element | null)?.closest('[data-code]');
		const code = target?.getAttribute('data-code');
		if (!code) return;
		const mouse = event as MouseEvent;
		onpick(code, mouse.shiftKey || mouse.ctrlKey || mouse.metaKey);
	});
}
