/** What a failed form action sends back to the page (see formResult in server/web/respond.ts). */
export interface FormFailureView {
	error: { code: string; message: string; fields?: Record<string, string> };
	values: Record<string, string>;
}
