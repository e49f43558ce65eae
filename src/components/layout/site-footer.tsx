import type { DataVersionLabel } from "@/lib/domain";

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

export function SiteFooter({ data }: { data: DataVersionLabel }) {
  const claims = `${count(data.bands, "salary band")} and ${count(data.factors, "factor")} from ${count(data.articles, "article")}`;
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          Figures are claims quoted from published articles, kept as written, with disagreements and doubtful numbers flagged. Exchange
          rates and the survey records come from the CC0 aijobs.net dataset.
        </p>
        <p data-version={data.version}>
          Data version {data.version} · {claims}
          {data.surveySnapshot ? ` · survey snapshot ${data.surveySnapshot}` : ""}
        </p>
      </div>
    </footer>
  );
}
