// Dashboard benchmark (issue 8): with the 100,000 cases of the cases benchmark stored, the dashboard
// opened to a rendered board (its statistics digest already stored, as on every open after the
// first), and a filter change until the new figures are on screen, as medians in real Chromium.
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs in the page before its scripts: the moment the board first shows its counts. */
function watchBoard() {
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid="board-count-to_contact"]')) {
      window.__boardRendered = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

async function openBoard(context, url) {
  const page = await context.newPage();
  await page.addInitScript(watchBoard);
  await page.goto(url);
  await page.waitForFunction(() => window.__boardRendered !== undefined, undefined, { timeout: 600_000 });
  return { page, rendered: await page.evaluate(() => window.__boardRendered) };
}

/** Runs in the page: picks a filter value and waits for the summary to change, then for the next frame. */
function changeFilter([testId, value]) {
  const summary = document.querySelector('[data-testid="summary"]');
  const before = summary.textContent;
  const select = document.querySelector(`[data-testid="${testId}"]`);
  return new Promise((resolve) => {
    const start = performance.now();
    new MutationObserver((_, observer) => {
      if (summary.textContent === before) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - start));
    }).observe(summary, { childList: true, subtree: true, characterData: true });
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export async function benchDashboard({ context, runs }) {
  const extensionId = new URL(context.serviceWorkers()[0].url()).host;
  const url = `chrome-extension://${extensionId}/dashboard.html#/board`;

  // The first open ever builds the digest from every case (once per profile, and after a restore).
  const first = await openBoard(context, url);
  await first.page.waitForFunction(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('kefu-lens');
        open.onsuccess = () => {
          const request = open.result.transaction('meta').objectStore('meta').getKey('dashboard-digest');
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result !== undefined);
          };
        };
      }),
    undefined,
    { timeout: 120_000, polling: 500 },
  );
  await first.page.close();

  const renderMs = [];
  const filterMs = [];
  for (let run = 0; run < runs + 1; run++) {
    const { page, rendered } = await openBoard(context, url);
    // The first run warms the disk cache, as the agent's day does.
    if (run > 0) renderMs.push(rendered);
    // Alternate agents so every change really changes the figures; then back to all.
    filterMs.push(await page.evaluate(changeFilter, ['filter-handler', `客服${run % 5}`]));
    filterMs.push(await page.evaluate(changeFilter, ['filter-handler', '']));
    await page.close();
  }

  return [
    ['dashboard: first open, digest built from 100,000 cases', first.rendered, 'ms', 'once per profile (and after a restore), not a target'],
    ['dashboard: opened to a rendered board, 100,000 cases', median(renderMs), 'ms', 'target < 500 ms (navigation start to board counts)'],
    ['dashboard: filter change to new figures on screen', median(filterMs), 'ms', 'target < 150 ms (select change to next frame)'],
  ];
}
