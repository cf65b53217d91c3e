/** Values ready to be staged: indices into the import's units, variables and dates, and the value. */
export interface ObservationBatch {
	count: number;
	unit: Int32Array;
	variable: Int32Array;
	date: Int32Array;
	value: Float64Array;
}
