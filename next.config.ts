import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./src/lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Files, which the front door (src/lib/http/front-door.ts) hands to Next as they are, such as build assets and the icon, get the fixed security headers here.
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
