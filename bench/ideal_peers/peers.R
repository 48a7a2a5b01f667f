# Fits the exported binary roll-call matrix with pscl::ideal and MCMCpack::MCMCirt1d.
# usage: Rscript peers.R <matrix.csv> <out_dir> <mcmc_iterations> <burnin>
args <- commandArgs(trailingOnly = TRUE)
suppressMessages({ library(pscl); library(MCMCpack) })
long <- read.csv(args[1], na.strings = "", stringsAsFactors = FALSE, colClasses = c("character", "integer", "integer", "integer"))
long <- long[long$vote %in% c(0, 1), ]  # binary: abstentions are missing
actors <- sort(unique(long$actor)); items <- sort(unique(long$item))
m <- matrix(NA_integer_, length(actors), length(items), dimnames = list(actors, items))
m[cbind(match(long$actor, actors), match(long$item, items))] <- long$vote
mcmc <- as.integer(args[3]); burnin <- as.integer(args[4])
cat(sprintf("R: matrix %d actors x %d items, %d votes\n", nrow(m), ncol(m), sum(!is.na(m))))
set.seed(1)
t_pscl <- system.time({
  rc <- rollcall(m, yea = 1, nay = 0, missing = NA, notInLegis = NULL, legis.names = actors)
  fit_pscl <- ideal(rc, d = 1, maxiter = mcmc + burnin, burnin = burnin, thin = 10,
                    normalize = TRUE, verbose = FALSE, dropList = list(lop = NA))
})["elapsed"]
x_pscl <- fit_pscl$xbar[, 1]
write.csv(data.frame(actor = names(x_pscl), estimate = x_pscl), file.path(args[2], "pscl.csv"), row.names = FALSE)
cat(sprintf("pscl::ideal: %.2f s (maxiter %d, burnin %d, thin 10)\n", t_pscl, mcmc + burnin, burnin))
t_mcmc <- system.time({
  fit_mcmc <- MCMCirt1d(m, theta.constraints = list(US = "+"), burnin = burnin, mcmc = mcmc,
                        thin = 10, verbose = 0, seed = 1, store.item = FALSE)
})["elapsed"]
x_mcmc <- colMeans(fit_mcmc)
names(x_mcmc) <- sub("^theta\\.", "", names(x_mcmc))
write.csv(data.frame(actor = names(x_mcmc), estimate = x_mcmc), file.path(args[2], "mcmcpack.csv"), row.names = FALSE)
cat(sprintf("MCMCpack::MCMCirt1d: %.2f s (mcmc %d, burnin %d, thin 10)\n", t_mcmc, mcmc, burnin))
writeLines(sprintf("%s,%f", c("pscl", "mcmcpack"), c(t_pscl, t_mcmc)), file.path(args[2], "peer_times.csv"))
