import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./src/lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The proxy must see the client router's RSC header and _rsc parameter, so that it never answers
  // an RSC request with a cached HTML page (src/proxy.ts, docs/decisions/015-every-view-fast.md).
  skipProxyUrlNormalize: true,
  // Files the proxy (src/proxy.ts) does not see, such as build assets and the icon, get the fixed security headers here.
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
