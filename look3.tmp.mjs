import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
await page.goto('http://127.0.0.1:4400/errors/MissingParameter/');
await page.waitForTimeout(1000);
console.log(await page.evaluate(() => [...document.querySelectorAll('[role=region], section[aria-label], section[aria-labelledby], pre')].map(e => e.outerHTML.slice(0, 160)).join('\n')));
await browser.close();
