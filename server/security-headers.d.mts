export declare const SECURITY_HEADERS: { key: string; value: string }[]
export declare const CROSS_ORIGIN_PATHS: RegExp
export declare function headersFor(path: string): { key: string; value: string }[]
export declare const API_CSP: string
export declare const ALLOWED_METHODS: string[]
