export declare const SLOT_ATTR: string;
export declare const SLOT_END_ATTR: string;
export declare function registeredSlot(marker: string | null | undefined, id: string): string | undefined;
export declare function extractSlots(html: string, marker?: string): Map<string, string> | null;
export declare function withoutEndMarks(html: string): string;
export declare function withSlots<T>(marker: string, slots: Map<string, string>, render: () => Promise<T>): Promise<T>;
export declare function slotsRendered(html: string, slots: Map<string, string>): boolean;
