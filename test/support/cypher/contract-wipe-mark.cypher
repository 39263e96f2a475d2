MERGE (:SkipgraphContractScratch {id: 'contract'})
