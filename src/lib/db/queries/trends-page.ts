import "server-only";
import { trendsPageView, type TrendsPageView } from "@/lib/official/trends-view";
import { countryName } from "@/lib/records/codes";
import { loadExplorerData } from "./explorer";
import { trendsFor } from "./official";
import { loadSourceTitles } from "./sources";

/** A /trends view's series, tables and chart: what the page shows and its chart image (`/api/chart/trends`) draws. */
export async function loadTrendsPage({ role, level, country }: { role: string; level: string | null; country: string | null }): Promise<TrendsPageView> {
  const [{ labels }, sourceTitles] = await Promise.all([loadExplorerData(), loadSourceTitles()]);
  return trendsPageView(trendsFor({ role, level, country }), {
    roleName: labels.roles.get(role) ?? role,
    levelName: level === null ? null : (labels.levels.get(level)?.name ?? level),
    countryName: country === null ? null : countryName(country),
    sourceTitles,
  });
}
