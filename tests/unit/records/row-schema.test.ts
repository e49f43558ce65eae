import { describe, expect, it } from "vitest";
import { headerProblem, readSurveyRow } from "@/lib/records/row-schema";
import { RECORD_COLUMNS } from "@/lib/records/codes";

const valid = ["2024", "SE", "FT", "Machine Learning Engineer", "150000", "GBP", "187500", "GB", "100", "GB", "M"];

describe("readSurveyRow", () => {
  it("reads a valid row into typed fields", () => {
    expect(readSurveyRow(valid)).toEqual({
      row: {
        workYear: 2024,
        experienceLevel: "SE",
        employmentType: "FT",
        jobTitle: "Machine Learning Engineer",
        salary: 150000,
        salaryCurrency: "GBP",
        salaryInUsd: 187500,
        employeeResidence: "GB",
        remoteRatio: 100,
        companyLocation: "GB",
        companySize: "M",
      },
    });
  });

  it("names every bad field with its value and the reason", () => {
    const cells = ["24", "XX", "FT", "", "1,000", "usd", "0", "USA", "30", "US", "XL"];
    expect(readSurveyRow(cells).problems).toEqual([
      { field: "work_year", value: "24", reason: "must be a year from 2000 to 2099" },
      { field: "experience_level", value: "XX", reason: "must be one of EN, MI, SE, EX" },
      { field: "job_title", value: "", reason: "must not be empty" },
      { field: "salary", value: "1,000", reason: "must be a whole number above 0, without separators" },
      { field: "salary_currency", value: "usd", reason: "must be a three-letter ISO 4217 currency code in capitals" },
      { field: "salary_in_usd", value: "0", reason: "must be a whole number above 0, without separators" },
      { field: "employee_residence", value: "USA", reason: "must be a two-letter ISO 3166-1 country code in capitals" },
      { field: "remote_ratio", value: "30", reason: "must be one of 0, 50, 100" },
      { field: "company_size", value: "XL", reason: "must be one of S, M, L" },
    ]);
  });

  it("refuses a row with the wrong number of fields as a whole", () => {
    expect(readSurveyRow(valid.slice(0, 10)).problems).toEqual([
      { field: null, value: valid.slice(0, 10).join(","), reason: "has 10 fields, expected 11" },
    ]);
  });
});

describe("headerProblem", () => {
  it("accepts exactly the aijobs.net columns and refuses anything else", () => {
    expect(headerProblem([...RECORD_COLUMNS])).toBeNull();
    expect(headerProblem(["work_year", "salary"])?.reason).toMatch(/^the header must be work_year,experience_level,/);
  });
});
