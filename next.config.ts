import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./src/lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Files the proxy (src/proxy.ts) does not see, such as build assets and the icon, get the fixed security headers here.
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
