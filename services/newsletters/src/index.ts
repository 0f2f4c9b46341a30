import 'reflect-metadata';
import { runServiceFromEnvironment } from '@engage/shared/graphql';
import { newslettersService } from './service.ts';

await runServiceFromEnvironment(newslettersService, 4003);
