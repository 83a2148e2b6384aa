export declare function isValidRouterStateHeader(value: string | string[] | undefined | null): boolean
export declare function guardRequest(
  method: string | undefined,
  url: string | undefined,
  headers: Record<string, string | string[] | undefined>,
): { status: number; message: string; allow?: string } | undefined
export declare const CLIENT_HEADER: string
export declare function clientAddress(
  headers: Record<string, string | string[] | undefined>,
  remoteAddress: string | undefined,
  trustProxy: boolean,
): string
