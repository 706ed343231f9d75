import type { Processor } from 'unified';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';

/**
 * The Markdown guidance files are written in: CommonMark plus GFM tables, strikethrough and task lists. GFM's
 * literal autolinks (a bare `https://…` or `www.…` in prose becoming a link) and footnotes are left out: guidance
 * links with `[text](url)` or `<https://…>`, and the autolink scan was a quarter of the parse time of every file
 * (a 10,000-code build parses 26 MB of guidance).
 */
export function remarkGuidanceSyntax(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTaskListItemFromMarkdown());
}
