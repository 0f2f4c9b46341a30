import 'reflect-metadata';
import { runServiceFromEnvironment } from '@engage/shared/graphql';
import { surveysService } from './service.ts';

await runServiceFromEnvironment(surveysService, 4002);
