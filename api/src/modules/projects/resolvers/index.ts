import type { Resolvers } from '../../../generated/resolvers-types.ts';
import { Project } from './Project.ts';
import { project } from './Query/project.ts';
import { projects } from './Query/projects.ts';

export const projectResolvers: Resolvers = {
  Query: { projects, project },
  Project,
};
