import { describe, expect, it } from 'vitest';
import { guidanceSourceUrl } from '../../src/catalog/urls.ts';

describe('guidanceSourceUrl', () => {
  it('links a repository path pinned to a commit to that file on GitHub, with its lines', () => {
    expect(
      guidanceSourceUrl(
        'aliyun/terraform-provider-alicloud/alicloud/service_alicloud_mongodb.go@81c43b6727a09e9da37b3d88818c3ba5fa17fa14#L1685-L1686',
      ),
    ).toBe(
      'https://github.com/aliyun/terraform-provider-alicloud/blob/81c43b6727a09e9da37b3d88818c3ba5fa17fa14/alicloud/service_alicloud_mongodb.go#L1685-L1686',
    );
  });

  it('keeps an https URL and gives a file of content/source/ no URL', () => {
    expect(guidanceSourceUrl('https://api.alibabacloud.com/document/Dds/2015-12-01/CreateBackup')).toBe(
      'https://api.alibabacloud.com/document/Dds/2015-12-01/CreateBackup',
    );
    expect(guidanceSourceUrl('content/source/api-metadata/dds-2015-12-01.en-US.json')).toBeUndefined();
  });
});
