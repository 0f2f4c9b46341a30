import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One problem with one row of an imported CSV file.' })
export class ImportRowError {
  @Field(() => Int, { description: 'The data row, counting from 1 after the header row.' })
  row!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The column as headed in the file; null when the problem is the whole row.',
  })
  column!: string | null;

  @Field({ description: 'What is wrong, in plain English, and how to put it right.' })
  message!: string;
}

@ObjectType({
  description:
    'What a CSV import did: all or nothing, so any error means nothing was imported. ' +
    'imported + alreadyPresent is the number of rows read.',
})
export class ImportResult {
  @Field(() => Int, {
    description: 'Rows added (or, in a dry run, that would be added); 0 when there are errors.',
  })
  imported!: number;

  @Field(() => Int, {
    description:
      'Rows that matched a record already there (an earlier import of the same rows, or the same ' +
      'row twice in the file): updated from the file, never added twice.',
  })
  alreadyPresent!: number;

  @Field(() => [ImportRowError], {
    description:
      'Rows that could not be read, with their line numbers and why; empty when every row was good.',
  })
  errors!: ImportRowError[];

  @Field({ description: 'True when the file was only checked, and nothing was written.' })
  dryRun!: boolean;
}
