import statistics as st
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.pvariance(data))
print(st.median([1, 3, 5]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(round(st.stdev(data), 10), round(st.variance(data), 10), st.fmean([1, 2, 3]))
print(st.multimode("aabbc"), st.harmonic_mean([1, 2, 4]), st.geometric_mean([1, 4]))
try:
    st.mean([])
except st.StatisticsError as e:
    print(type(e).__name__, e)
