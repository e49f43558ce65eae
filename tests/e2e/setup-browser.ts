// Runs in every e2e test file (setupFiles): each test's pages are closed after it and their
// console errors fail it, and the file's browser is closed at the end.
import { afterAll, afterEach } from "vitest";
import { closeBrowser, closePagesAndCheckErrors } from "./fixtures";

afterEach(closePagesAndCheckErrors);
afterAll(closeBrowser);
