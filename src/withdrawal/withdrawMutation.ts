import type { GraphQLExtension, PayloadRequest } from 'payload'

import { withdrawDocument } from './withdraw'

/**
 * The GraphQL door to the same withdrawal as POST /api/withdrawal: `withdrawDocument(collection, id, mode,
 * explanation: { nb, nn, en }, target: { collection, id } | { path }, type)`, answered with the stored
 * withdrawal's id, mode and addresses. Same checks, same refusals.
 */
export const withdrawalMutations: GraphQLExtension = (GraphQL) => {
  const { GraphQLInputObjectType, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
  const Explanation = new GraphQLInputObjectType({
    name: 'WithdrawalExplanationInput',
    fields: { nb: { type: GraphQLString }, nn: { type: GraphQLString }, en: { type: GraphQLString } },
  })
  const Target = new GraphQLInputObjectType({
    name: 'WithdrawalTargetInput',
    fields: { collection: { type: GraphQLString }, id: { type: GraphQLString }, path: { type: GraphQLString } },
  })
  const Result = new GraphQLObjectType({
    name: 'WithdrawalResult',
    fields: { id: { type: GraphQLString }, mode: { type: GraphQLString }, addresses: { type: new GraphQLList(GraphQLString) } },
  })
  return {
    withdrawDocument: {
      type: Result,
      args: {
        collection: { type: new GraphQLNonNull(GraphQLString) },
        id: { type: new GraphQLNonNull(GraphQLString) },
        mode: { type: new GraphQLNonNull(GraphQLString) },
        explanation: { type: Explanation },
        target: { type: Target },
        type: { type: GraphQLString },
      },
      resolve: async (_: unknown, args: Record<string, unknown>, context: { req: PayloadRequest }) => {
        const target = args.target as Record<string, unknown> | undefined
        const withdrawal = await withdrawDocument(context.req, {
          collection: args.collection,
          id: args.id,
          mode: args.mode,
          type: args.type ?? undefined,
          explanation: args.explanation ?? undefined,
          target: target && target.path !== undefined && target.path !== null ? { path: target.path } : target ?? undefined,
        })
        return { id: String(withdrawal.id), mode: withdrawal.mode, addresses: Object.values(withdrawal.addresses) }
      },
    },
  }
}
