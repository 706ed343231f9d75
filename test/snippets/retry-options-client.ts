import * as $dara from '@darabonba/typescript';
import { $OpenApiUtil } from '@alicloud/openapi-core';

const options = await (await fetch('https://apsaradb-mongodb-errors.example.org/retry-options.json')).json();
export const config = new $OpenApiUtil.Config({
  accessKeyId: process.env.ALIBABA_CLOUD_ACCESS_KEY_ID,
  accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET,
  endpoint: 'mongodb.aliyuncs.com',
  retryOptions: new $dara.RetryOptions(options),
});
