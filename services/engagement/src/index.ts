import 'reflect-metadata';
import { runServiceFromEnvironment } from '@engage/shared/graphql';
import { engagementService } from './service.ts';

await runServiceFromEnvironment(engagementService, 4001);
