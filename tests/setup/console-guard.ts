// Every browser test and every story fails if the page logged an error or left a promise rejection
// unhandled: a story that renders but complains is not a passing story.
import { afterEach, beforeEach, expect, vi } from 'vitest';

let errors: string[] = [];
let rejections: unknown[] = [];
const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);

beforeEach(() => {
  errors = [];
  rejections = [];
  window.addEventListener('unhandledrejection', onRejection);
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
  });
});

afterEach(async () => {
  vi.mocked(console.error).mockRestore();
  // A rejection is reported a task after it happens: let it arrive before looking.
  await new Promise((resolve) => setTimeout(resolve, 0));
  window.removeEventListener('unhandledrejection', onRejection);
  expect(errors, 'console.error was called').toEqual([]);
  expect(rejections, 'a promise rejection was not handled').toEqual([]);
});
