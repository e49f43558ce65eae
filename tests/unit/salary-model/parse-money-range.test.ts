import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readArticle } from "@/lib/claims/article-text";
import { assertValidRange, parseMoneyRange } from "@/lib/salary-model";
import type { MoneyRange } from "@/lib/salary-model";
import { dataDir } from "../../setup/paths";

type Case = readonly [phrase: string, expected: MoneyRange | null];

// Spaces inside amounts are written as in the articles: U+202F in "$100 000" and "$100 k".
const SEED_PHRASES: readonly Case[] = [
  // 000: "Unlocking the Secrets of Machine Learning Engineer Salaries"
  ["$112,000 to $150,000 annually", { currency: "USD", min: 112000, max: 150000, openEnded: false, period: "year" }],
  ["exceeding $150,000 or more", { currency: "USD", min: 150000, max: null, openEnded: true, period: null }],
  ["$110,000", { currency: "USD", min: 110000, max: 110000, openEnded: false, period: null }],
  ["$70,000", { currency: "USD", min: 70000, max: 70000, openEnded: false, period: null }],
  ["$90,000", { currency: "USD", min: 90000, max: 90000, openEnded: false, period: null }],
  ["£60,000", { currency: "GBP", min: 60000, max: 60000, openEnded: false, period: null }],
  ["PKR 50,000", { currency: "PKR", min: 50000, max: 50000, openEnded: false, period: null }],
  ["$120,000", { currency: "USD", min: 120000, max: 120000, openEnded: false, period: null }],
  ["$60,000 to $100,000", { currency: "USD", min: 60000, max: 100000, openEnded: false, period: null }],
  ["$90,000 to $150,000 per year", { currency: "USD", min: 90000, max: 150000, openEnded: false, period: "year" }],
  ["$120,000 to well over $200,000", { currency: "USD", min: 120000, max: 200000, openEnded: true, period: null }],
  ["$120,000 to well over $200,000 per year", { currency: "USD", min: 120000, max: 200000, openEnded: true, period: "year" }],
  ["$150,000 to $200,000", { currency: "USD", min: 150000, max: 200000, openEnded: false, period: null }],
  ["$150,000 to $200,000 annually", { currency: "USD", min: 150000, max: 200000, openEnded: false, period: "year" }],
  ["start at $150,000 to $200,000 annually, with the potential to reach much higher", { currency: "USD", min: 150000, max: 200000, openEnded: true, period: "year" }],
  ["well into the six figures and beyond", { currency: null, min: 100000, max: null, openEnded: true, period: null }],
  ["$120,000 – $150,000", { currency: "USD", min: 120000, max: 150000, openEnded: false, period: null }],
  ["$150,000 – $200,000", { currency: "USD", min: 150000, max: 200000, openEnded: false, period: null }],
  ["$200,000 – $250,000+", { currency: "USD", min: 200000, max: 250000, openEnded: true, period: null }],
  ["$250,000 – $350,000+", { currency: "USD", min: 250000, max: 350000, openEnded: true, period: null }],
  ["$140,000 – $160,000", { currency: "USD", min: 140000, max: 160000, openEnded: false, period: null }],
  ["$160,000 – $200,000", { currency: "USD", min: 160000, max: 200000, openEnded: false, period: null }],
  ["$160,000 – $220,000", { currency: "USD", min: 160000, max: 220000, openEnded: false, period: null }],
  ["$220,000 – $300,000+", { currency: "USD", min: 220000, max: 300000, openEnded: true, period: null }],
  ["$300,000 – $400,000+", { currency: "USD", min: 300000, max: 400000, openEnded: true, period: null }],
  ["$130,000 – $160,000", { currency: "USD", min: 130000, max: 160000, openEnded: false, period: null }],
  ["$200,000 – $260,000+", { currency: "USD", min: 200000, max: 260000, openEnded: true, period: null }],
  ["$260,000 – $350,000+", { currency: "USD", min: 260000, max: 350000, openEnded: true, period: null }],
  // 002: "Machine Learning Engineer Salary in 2025: A Comprehensive Guide"
  ["$100 000 – $140 000", { currency: "USD", min: 100000, max: 140000, openEnded: false, period: null }],
  ["$140 000 – $180 000", { currency: "USD", min: 140000, max: 180000, openEnded: false, period: null }],
  ["$180 000 – $250 000+", { currency: "USD", min: 180000, max: 250000, openEnded: true, period: null }],
  ["May exceed $300 000", { currency: "USD", min: 300000, max: null, openEnded: true, period: null }],
  ["around $162 000", { currency: "USD", min: 162000, max: 162000, openEnded: false, period: null }],
  ["reaching $250 000 or more", { currency: "USD", min: 250000, max: null, openEnded: true, period: null }],
  ["£60 000–£67 000/year", { currency: "GBP", min: 60000, max: 67000, openEnded: false, period: "year" }],
  ["£50 000–£60 000", { currency: "GBP", min: 50000, max: 60000, openEnded: false, period: null }],
  ["up to £130 000", { currency: "GBP", min: null, max: 130000, openEnded: false, period: null }],
  ["CAD $100 000–$140 000", { currency: "CAD", min: 100000, max: 140000, openEnded: false, period: null }],
  ["€70 000–€120 000+", { currency: "EUR", min: 70000, max: 120000, openEnded: true, period: null }],
  ["AUD $100 000–$150 000", { currency: "AUD", min: 100000, max: 150000, openEnded: false, period: null }],
  ["₹8–15 L/year", { currency: "INR", min: 800000, max: 1500000, openEnded: false, period: "year" }],
  ["₹20–35 L", { currency: "INR", min: 2000000, max: 3500000, openEnded: false, period: null }],
  ["₹40 L+", { currency: "INR", min: 4000000, max: null, openEnded: true, period: null }],
  ["exceed ₹50 L/year", { currency: "INR", min: 5000000, max: null, openEnded: true, period: "year" }],
  ["around $100 000", { currency: "USD", min: 100000, max: 100000, openEnded: false, period: null }],
  ["$180 000+", { currency: "USD", min: 180000, max: null, openEnded: true, period: null }],
  ["$125 000", { currency: "USD", min: 125000, max: 125000, openEnded: false, period: null }],
  ["$140 000–$180 000", { currency: "USD", min: 140000, max: 180000, openEnded: false, period: null }],
  ["Daily rates: $800–$1,500+", { currency: "USD", min: 800, max: 1500, openEnded: true, period: "day" }],
  ["Hourly consulting: $75–$200+", { currency: "USD", min: 75, max: 200, openEnded: true, period: "hour" }],
  ["crossing $240 000", { currency: "USD", min: 240000, max: null, openEnded: true, period: null }],
  ["$100 k – $140 k", { currency: "USD", min: 100000, max: 140000, openEnded: false, period: null }],
  ["$120 k – $160 k", { currency: "USD", min: 120000, max: 160000, openEnded: false, period: null }],
  ["$140 k – $180 k", { currency: "USD", min: 140000, max: 180000, openEnded: false, period: null }],
  ["$160 k – $220 k", { currency: "USD", min: 160000, max: 220000, openEnded: false, period: null }],
  ["$180 k – $250 k", { currency: "USD", min: 180000, max: 250000, openEnded: false, period: null }],
  ["$220 k – $320 k+", { currency: "USD", min: 220000, max: 320000, openEnded: true, period: null }],
  ["$220 k – $300 k+", { currency: "USD", min: 220000, max: 300000, openEnded: true, period: null }],
  ["$300 k – $400 k+", { currency: "USD", min: 300000, max: 400000, openEnded: true, period: null }],
  ["six figures and beyond", { currency: null, min: 100000, max: null, openEnded: true, period: null }],
  // 003: "Are ML Engineers Paid More?"
  ["over $112,000", { currency: "USD", min: 112000, max: null, openEnded: true, period: null }],
  ["over $112,000 per year", { currency: "USD", min: 112000, max: null, openEnded: true, period: "year" }],
];

// Whole lines as the articles print them: the first money amount wins, counts and percentages are skipped.
const SEED_LINES: readonly Case[] = [
  ["Junior (0–2 yrs)$100 k – $140 k$120 k – $160 k", { currency: "USD", min: 100000, max: 140000, openEnded: false, period: null }],
  ["Mid (3–5 yrs)$140 k – $180 k$160 k – $220 k", { currency: "USD", min: 140000, max: 180000, openEnded: false, period: null }],
  ["Senior (5–10 yrs)$180 k – $250 k$220 k – $320 k+", { currency: "USD", min: 180000, max: 250000, openEnded: false, period: null }],
  ["Lead/Architect$220 k – $300 k+$300 k – $400 k+", { currency: "USD", min: 220000, max: 300000, openEnded: true, period: null }],
  ["Entry-level (0–2 years): $100 000 – $140 000", { currency: "USD", min: 100000, max: 140000, openEnded: false, period: null }],
  ["Senior-level (5+ years): $180 000 – $250 000+", { currency: "USD", min: 180000, max: 250000, openEnded: true, period: null }],
  ["Elite roles (e.g., research engineering, startups with equity): May exceed $300 000", { currency: "USD", min: 300000, max: null, openEnded: true, period: null }],
  ["  • Avg: £60 000–£67 000/year Entry-level: £50 000–£60 000; Experienced: up to £130 000", { currency: "GBP", min: 60000, max: 67000, openEnded: false, period: "year" }],
  ["  • Typically CAD $100 000–$140 000 for senior ML engineers; US multinational roles may pay more", { currency: "CAD", min: 100000, max: 140000, openEnded: false, period: null }],
  ["  • Junior ML roles: ₹8–15 L/year; mid-level: ₹20–35 L; senior: ₹40 L+", { currency: "INR", min: 800000, max: 1500000, openEnded: false, period: "year" }],
  ["Machine Learning Engineer$140 000–$180 000", { currency: "USD", min: 140000, max: 180000, openEnded: false, period: null }],
  ["Data Scientist$125 000", { currency: "USD", min: 125000, max: 125000, openEnded: false, period: null }],
  ["  • Daily rates: $800–$1,500+ (U.S. / UK) machinelearningjobs.co.uk", { currency: "USD", min: 800, max: 1500, openEnded: true, period: "day" }],
  ["  • New grads start around $100 000; five years in, salaries often reach $180 000+", { currency: "USD", min: 100000, max: 100000, openEnded: false, period: null }],
  ["Reports show data science and ML salaries are rising—US averages crossing $240 000 in high-paying roles.", { currency: "USD", min: 240000, max: null, openEnded: true, period: null }],
  ["the average base pay for a Machine Learning Engineer in the United States is over $112,000 per year.", { currency: "USD", min: 112000, max: null, openEnded: true, period: "year" }],
  ["Junior machine learning engineers can expect to earn an annual salary ranging from $60,000 to $100,000, depending on factors", { currency: "USD", min: 60000, max: 100000, openEnded: false, period: "year" }],
  ["  • Pakistan:               PKR 50,000 ", { currency: "PKR", min: 50000, max: 50000, openEnded: false, period: null }],
  ["Salaries for C-suite machine learning leaders can reach well into the six figures and beyond, often with bonuses", { currency: null, min: 100000, max: null, openEnded: true, period: null }],
  ["Indeed, many surveys indicate ML engineers earn 15–40% more than data scientists at the same level .", null],
  ["Machine Learning Engineer job postings have grown by 344% over the past five years in the United States.", null],
  ["positions projected to grow by 60% from 2019 to 2029, according to the U.S. Bureau of Labor Statistics.", null],
  ["  • Bonuses: Performance-based annual bonuses (10–30% of base)", null],
  ["  • Benefits: Health insurance, 401(k) or pension contributions, wellness perks", null],
  ["10.2 Continuous Learning", null],
  ["4.1 Experience & Seniority", null],
  ["  • Women in ML earn 10–15% less on average", null],
  ["The Naukri JobSpeak Report (India, June 2025) notes increasing demand", null],
  ["注释 · 141 意见", null],
];

const GENERAL_FORMS: readonly Case[] = [
  ["$100 000 – $140 000", { currency: "USD", min: 100000, max: 140000, openEnded: false, period: null }],
  ["$120-150k", { currency: "USD", min: 120000, max: 150000, openEnded: false, period: null }],
  ["$120k–$150k", { currency: "USD", min: 120000, max: 150000, openEnded: false, period: null }],
  ["$100K", { currency: "USD", min: 100000, max: 100000, openEnded: false, period: null }],
  ["$1.5M", { currency: "USD", min: 1500000, max: 1500000, openEnded: false, period: null }],
  ["$2 million", { currency: "USD", min: 2000000, max: 2000000, openEnded: false, period: null }],
  ["$112.5k", { currency: "USD", min: 112500, max: 112500, openEnded: false, period: null }],
  ["€70.000", { currency: "EUR", min: 70000, max: 70000, openEnded: false, period: null }],
  ["70.000 €", { currency: "EUR", min: 70000, max: 70000, openEnded: false, period: null }],
  ["€1,5k", { currency: "EUR", min: 1500, max: 1500, openEnded: false, period: null }],
  ["1.234,56 EUR", { currency: "EUR", min: 1234.56, max: 1234.56, openEnded: false, period: null }],
  ["$1,234.56", { currency: "USD", min: 1234.56, max: 1234.56, openEnded: false, period: null }],
  ["$1,234,56", { currency: "USD", min: 1234, max: 1234, openEnded: false, period: null }],
  ["$1000.500", { currency: "USD", min: 1000, max: 1000, openEnded: false, period: null }],
  ["CHF 120'000", { currency: "CHF", min: 120000, max: 120000, openEnded: false, period: null }],
  ["€100\u00A0000", { currency: "EUR", min: 100000, max: 100000, openEnded: false, period: null }],
  ["₹25,00,000", { currency: "INR", min: 2500000, max: 2500000, openEnded: false, period: null }],
  ["₹1,20,00,000", { currency: "INR", min: 12000000, max: 12000000, openEnded: false, period: null }],
  ["₹1.2Cr", { currency: "INR", min: 12000000, max: 12000000, openEnded: false, period: null }],
  ["₹2 crore", { currency: "INR", min: 20000000, max: 20000000, openEnded: false, period: null }],
  ["Rs. 12 lakh per annum", { currency: "INR", min: 1200000, max: 1200000, openEnded: false, period: "year" }],
  ["Rs 8 lakhs", { currency: "INR", min: 800000, max: 800000, openEnded: false, period: null }],
  ["12 LPA", { currency: null, min: 1200000, max: 1200000, openEnded: false, period: "year" }],
  ["25,00,000 INR", { currency: "INR", min: 2500000, max: 2500000, openEnded: false, period: null }],
  ["50,000 PKR", { currency: "PKR", min: 50000, max: 50000, openEnded: false, period: null }],
  ["100k USD", { currency: "USD", min: 100000, max: 100000, openEnded: false, period: null }],
  ["USD 100,000", { currency: "USD", min: 100000, max: 100000, openEnded: false, period: null }],
  ["US$95,000", { currency: "USD", min: 95000, max: 95000, openEnded: false, period: null }],
  ["CA$120k", { currency: "CAD", min: 120000, max: 120000, openEnded: false, period: null }],
  ["C$85,000", { currency: "CAD", min: 85000, max: 85000, openEnded: false, period: null }],
  ["A$95k–A$130k", { currency: "AUD", min: 95000, max: 130000, openEnded: false, period: null }],
  ["NZ$90k", { currency: "NZD", min: 90000, max: 90000, openEnded: false, period: null }],
  ["¥8,000,000", { currency: "JPY", min: 8000000, max: 8000000, openEnded: false, period: null }],
  ["GBP 45,000", { currency: "GBP", min: 45000, max: 45000, openEnded: false, period: null }],
  ["between $80k and $100k", { currency: "USD", min: 80000, max: 100000, openEnded: false, period: null }],
  ["between 80 and 100k", { currency: null, min: 80000, max: 100000, openEnded: false, period: null }],
  ["from $90k to $110k a year", { currency: "USD", min: 90000, max: 110000, openEnded: false, period: "year" }],
  ["$90k—$110k", { currency: "USD", min: 90000, max: 110000, openEnded: false, period: null }],
  ["$90k - $110k", { currency: "USD", min: 90000, max: 110000, openEnded: false, period: null }],
  ["$900–1.2M", { currency: "USD", min: 900, max: 1200000, openEnded: false, period: null }],
  ["$1,500-2k", { currency: "USD", min: 1500, max: 2000, openEnded: false, period: null }],
  ["120,000–150,000", { currency: null, min: 120000, max: 150000, openEnded: false, period: null }],
  ["120k-150k", { currency: null, min: 120000, max: 150000, openEnded: false, period: null }],
  ["$50/hr", { currency: "USD", min: 50, max: 50, openEnded: false, period: "hour" }],
  ["$75 per hour", { currency: "USD", min: 75, max: 75, openEnded: false, period: "hour" }],
  ["$60 an hour", { currency: "USD", min: 60, max: 60, openEnded: false, period: "hour" }],
  ["$90 hourly", { currency: "USD", min: 90, max: 90, openEnded: false, period: "hour" }],
  ["$500 per day", { currency: "USD", min: 500, max: 500, openEnded: false, period: "day" }],
  ["£650 day rate", { currency: "GBP", min: 650, max: 650, openEnded: false, period: "day" }],
  ["$700 daily", { currency: "USD", min: 700, max: 700, openEnded: false, period: "day" }],
  ["$600/day", { currency: "USD", min: 600, max: 600, openEnded: false, period: "day" }],
  ["$8,000/month", { currency: "USD", min: 8000, max: 8000, openEnded: false, period: "month" }],
  ["$8k/mo", { currency: "USD", min: 8000, max: 8000, openEnded: false, period: "month" }],
  ["$6,000 monthly", { currency: "USD", min: 6000, max: 6000, openEnded: false, period: "month" }],
  ["Rs 50,000 per month", { currency: "INR", min: 50000, max: 50000, openEnded: false, period: "month" }],
  ["$3,000 a month", { currency: "USD", min: 3000, max: 3000, openEnded: false, period: "month" }],
  ["$100k/yr", { currency: "USD", min: 100000, max: 100000, openEnded: false, period: "year" }],
  ["$100k / year", { currency: "USD", min: 100000, max: 100000, openEnded: false, period: "year" }],
  ["£45,000 per annum", { currency: "GBP", min: 45000, max: 45000, openEnded: false, period: "year" }],
  ["€80k p.a.", { currency: "EUR", min: 80000, max: 80000, openEnded: false, period: "year" }],
  ["$95k annual", { currency: "USD", min: 95000, max: 95000, openEnded: false, period: "year" }],
  ["$95k yearly", { currency: "USD", min: 95000, max: 95000, openEnded: false, period: "year" }],
  ["$250k+ per year", { currency: "USD", min: 250000, max: null, openEnded: true, period: "year" }],
  ["$250k+/day", { currency: "USD", min: 250000, max: null, openEnded: true, period: "day" }],
  ["up to $50k", { currency: "USD", min: null, max: 50000, openEnded: false, period: null }],
  ["under $40,000", { currency: "USD", min: null, max: 40000, openEnded: false, period: null }],
  ["less than $30k", { currency: "USD", min: null, max: 30000, openEnded: false, period: null }],
  ["below £25k", { currency: "GBP", min: null, max: 25000, openEnded: false, period: null }],
  ["no more than $90k", { currency: "USD", min: null, max: 90000, openEnded: false, period: null }],
  ["up to £130k+", { currency: "GBP", min: null, max: 130000, openEnded: true, period: null }],
  ["at least $90k", { currency: "USD", min: 90000, max: null, openEnded: true, period: null }],
  ["more than $100k", { currency: "USD", min: 100000, max: null, openEnded: true, period: null }],
  ["no less than $60k", { currency: "USD", min: 60000, max: null, openEnded: true, period: null }],
  ["above £50k", { currency: "GBP", min: 50000, max: null, openEnded: true, period: null }],
  ["well over $200k", { currency: "USD", min: 200000, max: null, openEnded: true, period: null }],
  ["$100k and beyond", { currency: "USD", min: 100000, max: null, openEnded: true, period: null }],
  ["$90k or more", { currency: "USD", min: 90000, max: null, openEnded: true, period: null }],
  ["$90k and above", { currency: "USD", min: 90000, max: null, openEnded: true, period: null }],
  ["seven figures", { currency: null, min: 1000000, max: null, openEnded: true, period: null }],
  ["a 6-figure salary", { currency: null, min: 100000, max: null, openEnded: true, period: null }],
  ["5 M&A deals and a $70k salary", { currency: "USD", min: 70000, max: 70000, openEnded: false, period: null }],
];

const NOT_MONEY: readonly string[] = [
  "",
  "no salary here",
  "(0–2 yrs)",
  "5+ years",
  "2019 to 2029",
  "344%",
  "15–40%",
  "20 percent",
  "10.2",
  "401(k)",
  "1,760 hours",
  "5,000 employees",
  "Q3 2024",
  "H1B",
  "sixty figures",
  "$",
  "USDA 100",
];

describe("parseMoneyRange", () => {
  it.each(SEED_PHRASES)("reads the seed phrase %j exactly", (phrase, expected) => {
    expect(parseMoneyRange(phrase)).toEqual(expected);
  });

  it.each(SEED_LINES)("takes the first money amount of the seed line %j", (line, expected) => {
    expect(parseMoneyRange(line)).toEqual(expected);
  });

  it.each(GENERAL_FORMS)("reads %j", (phrase, expected) => {
    expect(parseMoneyRange(phrase)).toEqual(expected);
  });

  it.each(NOT_MONEY)("finds no money in %j", (text) => {
    expect(parseMoneyRange(text)).toBeNull();
  });

  it("reads a range whose ends name different currencies as its first amount alone", () => {
    expect(parseMoneyRange("$100k–£80k")).toEqual({ currency: "USD", min: 100000, max: 100000, openEnded: false, period: null });
  });

  it("reads a descending pair as its first amount alone", () => {
    expect(parseMoneyRange("$100k – 5 years")).toEqual({ currency: "USD", min: 100000, max: 100000, openEnded: false, period: null });
  });

  it("lets a lone dollar sign on the first end defer to the dollar the second end names", () => {
    expect(parseMoneyRange("$100k–CA$150k")).toEqual({ currency: "CAD", min: 100000, max: 150000, openEnded: false, period: null });
  });

  it("takes the currency named after the second end for both ends", () => {
    expect(parseMoneyRange("100–150k EUR")).toEqual({ currency: "EUR", min: 100000, max: 150000, openEnded: false, period: null });
  });

  it("does not read a dollar sign that starts the next amount as a currency after a bare number", () => {
    expect(parseMoneyRange("5 $100k")).toEqual({ currency: "USD", min: 100000, max: 100000, openEnded: false, period: null });
  });

  it("reads a currency-less amount with a stated period as money even below 1,000", () => {
    expect(parseMoneyRange("75/hr")).toEqual({ currency: null, min: 75, max: 75, openEnded: false, period: "hour" });
  });

  it("ignores numbers too long to be exact", () => {
    expect(parseMoneyRange(`$${"9".repeat(400)}`)).toBeNull();
  });
});

// The four articles, in the order of data/sources.json.
const seedArticles = [
  "unlocking-secrets-ml-engineer-salaries",
  "understanding-ml-engineer-salary-trends",
  "ml-engineer-salary-2025-guide",
  "are-ml-engineers-paid-more",
].map((id) => readArticle(dataDir, `data/sources/${id}.txt`).body);

describe("parseMoneyRange on whole seed articles", () => {
  it("finds each article's first stated pay", () => {
    expect(seedArticles.map((text) => parseMoneyRange(text))).toEqual([
      { currency: "USD", min: 112000, max: 150000, openEnded: false, period: "year" },
      null,
      { currency: "USD", min: 100000, max: 140000, openEnded: false, period: null },
      { currency: "USD", min: 112000, max: null, openEnded: true, period: "year" },
    ]);
  });

  it("finds money on every line that shows a currency symbol next to a digit", () => {
    const lines = seedArticles.flatMap((text) => text.split("\n")).filter((line) => /[$£€₹]\s?\d|PKR \d/u.test(line));
    expect(lines.length).toBeGreaterThan(40);
    expect(lines.filter((line) => parseMoneyRange(line) === null)).toEqual([]);
  });
});

// Pieces of money text, so that random strings exercise the grammar and not only its absence.
const MONEY_PIECES = fc.constantFrom(
  "$", "£", "€", "₹", "CAD ", "Rs.", "PKR", "1", "0", "5", "2019", ",", ".", " ", "\u202F", "\u00A0", "'",
  "k", "K", "M", "L", "Cr", "lakh", "–", "-", " to ", " and ", "between ", "+", "%", "/yr", "/hr", " per day",
  "over ", "up to ", "well over ", "or more", "six figures", " years", "daily ", "(", ")",
);

describe("parseMoneyRange on any text", () => {
  it("never throws and returns null or a valid range, whatever the string", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" })), (text) => {
        const range = parseMoneyRange(text);
        if (range !== null) assertValidRange(range);
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws and returns null or a valid range on strings made of money pieces", () => {
    fc.assert(
      fc.property(fc.array(MONEY_PIECES, { maxLength: 12 }), (pieces) => {
        const range = parseMoneyRange(pieces.join(""));
        if (range !== null) assertValidRange(range);
      }),
      { numRuns: 5000 },
    );
  });
});
