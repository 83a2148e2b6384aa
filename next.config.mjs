import { API_CSP, SECURITY_HEADERS } from './server/security-headers.mjs'

const corp = (value) => [{ key: 'Cross-Origin-Resource-Policy', value }]

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A self-contained server in .next/standalone: what the container image runs.
  output: 'standalone',
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      // share images are fetched by chat apps from their own origins (see CROSS_ORIGIN_PATHS)
      { source: '/((?!api/og/).*)', headers: corp('same-origin') },
      { source: '/api/og/:token', headers: corp('cross-origin') },
      // API routes skip the proxy (it would buffer request bodies before the routes' own limits
      // apply), so their fixed policy is set here; pages get a per-request nonce policy there.
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: API_CSP }] },
    ]
  },
}

export default nextConfig
