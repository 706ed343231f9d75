/** The DOM-free parts of the lookup's browser code: where a match leads, and which "Returned by" row ?operation= selects. */
import { describe, expect, it } from 'vitest';
import { CONTEXT_PARAMS } from '../../src/scripts/context-params.ts';
import { destinationFor } from '../../src/scripts/lookup-client.ts';
import { selectOperation } from '../../src/scripts/returned-by.ts';

const rows = [
  { operation: 'CreateDBInstance', messageIndex: 4 },
  { operation: 'TransformInstanceChargeType', messageIndex: 4 },
  { operation: 'ModifyDBInstanceSpec', messageIndex: 5 },
  { operation: 'CreateDBInstance', messageIndex: 6 },
];

describe('?operation= on a code page', () => {
  it('selects the operation’s rows and the message of its first row', () => {
    expect(selectOperation('ModifyDBInstanceSpec', rows)).toEqual({ rows: [2], messageIndex: 5 });
    expect(selectOperation('CreateDBInstance', rows)).toEqual({ rows: [0, 3], messageIndex: 4 });
  });

  it('keeps the message the lookup picked when the operation returns it', () => {
    expect(selectOperation('CreateDBInstance', rows, 6)).toEqual({ rows: [0, 3], messageIndex: 6 });
    expect(selectOperation('CreateDBInstance', rows, 5)).toEqual({ rows: [0, 3], messageIndex: 4 });
  });

  it('any letter case when no row has the exact spelling; nothing for other names or shapes', () => {
    expect(selectOperation('createdbinstance', rows)).toEqual({ rows: [0, 3], messageIndex: 4 });
    expect(selectOperation('DeleteDBInstance', rows)).toEqual({ rows: [] });
    expect(selectOperation('"] tr, [x="', rows)).toEqual({ rows: [] });
    expect(selectOperation(null, rows)).toEqual({ rows: [] });
  });
});

describe('destinationFor', () => {
  it('passes the match’s operation (as the API spells it) to the code page, with the other context', () => {
    expect(CONTEXT_PARAMS).toContain('operation');
    expect(
      destinationFor(
        { url: '/errors/MissingParameter/#message-4', operation: 'CreateDBInstance' },
        { requestId: '1A2B3C4D', operation: 'create_dbinstance' },
      ),
    ).toBe('/errors/MissingParameter/?requestId=1A2B3C4D&operation=CreateDBInstance#message-4');
    expect(destinationFor({ url: '/errors/QuotaExceed/' }, { operation: 'DescribeDBInstances' })).toBe(
      '/errors/QuotaExceed/?operation=DescribeDBInstances',
    );
    expect(destinationFor({ url: '/errors/Trade_Not_Support_Async_Pay/' })).toBe(
      '/errors/Trade_Not_Support_Async_Pay/',
    );
  });
});
