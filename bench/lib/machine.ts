import os from 'node:os';

/** What a result was measured on: numbers mean little without the machine and its load. */
export interface MachineInfo {
	cpu: string;
	cores: number;
	ramGb: number;
	node: string;
	os: string;
	date: string;
	/** 1-minute load average at the start and end of the benchmark (shared machines are noisy). */
	load: string;
}

export function machineInfo(loadAtStart: number): MachineInfo {
	const cpus = os.cpus();
	return {
		cpu: cpus[0]?.model.trim() ?? 'unbekannt',
		cores: cpus.length,
		ramGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
		node: process.version,
		os: `${os.type()} ${os.release()}`,
		date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
		load: `${loadAtStart.toFixed(2)} → ${os.loadavg()[0]!.toFixed(2)}`
	};
}

export function currentLoad(): number {
	return os.loadavg()[0]!;
}

export function machineTable(info: MachineInfo): string {
	return [
		'| Maschine | |',
		'| --- | --- |',
		`| CPU | ${info.cpu}, ${info.cores} Kerne |`,
		`| RAM | ${info.ramGb} GB |`,
		`| Node | ${info.node} |`,
		`| System | ${info.os} |`,
		`| Datum | ${info.date} |`,
		`| Last (1 min, Beginn → Ende) | ${info.load} |`
	].join('\n');
}
