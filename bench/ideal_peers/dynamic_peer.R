# Fits the exported binary roll-call matrix with MCMCpack::MCMCdynamicIRT1d (Martin & Quinn's
# dynamic one-dimensional IRT), with the priors of comity's dynamic binary fit that
# dynamic_peer.sh runs on the same matrix: first point N(0, 1), random-walk variance fixed at
# WALK_SD^2, item intercepts and slopes N(0, 10).
# usage: Rscript dynamic_peer.R <matrix.csv> <out_dir> <mcmc> <burnin> <walk_sd>
args <- commandArgs(trailingOnly = TRUE)
suppressMessages(library(MCMCpack))
long <- read.csv(args[1], na.strings = "", stringsAsFactors = FALSE,
                 colClasses = c("character", "integer", "integer", "integer"))
long <- long[long$vote %in% c(0, 1), ]  # binary: abstentions are missing
actors <- sort(unique(long$actor)); items <- sort(unique(long$item))
m <- matrix(NA_integer_, length(actors), length(items), dimnames = list(actors, items))
m[cbind(match(long$actor, actors), match(long$item, items))] <- long$vote
item_session <- long$session[match(items, long$item)]
sessions <- sort(unique(item_session))
item_time <- match(item_session, sessions)
mcmc <- as.integer(args[3]); burnin <- as.integer(args[4]); walk_sd <- as.numeric(args[5])
cat(sprintf("R: matrix %d actors x %d items (%d periods), %d votes\n", nrow(m), ncol(m),
            length(sessions), sum(!is.na(m))))
st <- system.time({
  fit <- MCMCdynamicIRT1d(m, item.time.map = item_time, theta.constraints = list(US = "+"),
                          burnin = burnin, mcmc = mcmc, thin = 10, verbose = 0, seed = 1,
                          tau2.start = walk_sd^2, c0 = -1, d0 = -1, e0 = 0, E0 = 1,
                          a0 = 0, A0 = 0.1, b0 = 0, B0 = 0.1, store.item = FALSE)
})
t_dyn <- st[["elapsed"]]; cpu_dyn <- st[["user.self"]] + st[["sys.self"]]
means <- colMeans(fit)
th <- grep("^theta", names(means), value = TRUE)
write.csv(data.frame(name = th, estimate = means[th]), file.path(args[2], "mcmc_dynamic.csv"),
          row.names = FALSE)
cat(sprintf("MCMCpack::MCMCdynamicIRT1d: %.2f s wall, %.2f s cpu (mcmc %d, burnin %d, thin 10)\n",
            t_dyn, cpu_dyn, mcmc, burnin))
writeLines(sprintf("mcmcdynamic,%f,%f", t_dyn, cpu_dyn), file.path(args[2], "dynamic_peer_time.csv"))
writeLines(paste(sessions, collapse = ","), file.path(args[2], "periods.txt"))
