BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot '../../src/ImgurPS.Emulator/ImgurEmulator.psm1') -Force
    Set-ImgurOption -RetryDelaySec 0.05

    # An emulator of its own: the default 500 hourly user credits pay for only 50 uploads.
    $sharedEmulator = $env:IMGURPS_EMULATOR_URI
    $roomy = Start-ImgurEmulator -ArgumentList '--user-limit', '100000', '--post-limit', '100000'
    $env:IMGURPS_EMULATOR_URI = $roomy.BaseUri
}

AfterAll {
    Set-ImgurOption -RetryDelaySec 1
    $roomy | Stop-ImgurEmulator
    $env:IMGURPS_EMULATOR_URI = $sharedEmulator
}

Describe 'Send-ImgurImage with many files' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
        $folder = Join-Path $TestDrive ([guid]::NewGuid())
    }

    It 'uploads in parallel and writes objects and errors in input order' {
        $files = @(New-TestImage -Folder $folder -Count 12)
        $notImage = Join-Path $folder 'image005b.txt'
        Set-Content -LiteralPath $notImage -Value 'text'
        $inputs = $files[0..4] + $notImage + $files[5..11]
        # Some uploads are slow, so later ones finish first.
        Add-EmulatorFault -Path '^/3/image$' -Kind delay -DelayMs 300 -Every 3 -Times 0

        $output = $inputs | Send-ImgurImage -ThrottleLimit 4 -ErrorAction Continue -ErrorVariable failures 2>&1

        ($output | Where-Object { $_ -is [ImgurPS.Models.ImgurImage] }).SourcePath | Should -Be $files
        $failures.TargetObject | Should -Be $notImage
        # The error sits between the fifth and sixth objects, where its file was.
        $position = [array]::IndexOf(@($output | ForEach-Object { $_ -is [System.Management.Automation.ErrorRecord] }), $true)
        $position | Should -Be 5
        (Get-EmulatorUpload).sha256 | Sort-Object -Unique | Should -HaveCount 12
    }

    It 'records each upload in the journal and skips the files already there' {
        $files = @(New-TestImage -Folder $folder -Count 4)
        $journal = Join-Path $folder 'journal.jsonl'

        $first = $files | Send-ImgurImage -Journal $journal
        $entries = Get-Content -LiteralPath $journal | ConvertFrom-Json

        $entries | Should -HaveCount 4
        ($entries.Path | Sort-Object) | Should -Be ($files | Sort-Object)
        ($entries.Id | Sort-Object) | Should -Be ($first.Id | Sort-Object)
        $entries[0].Sha256 | Should -Match '^[0-9a-f]{64}$'
        $entries[0].deletehash | Should -Not -BeNullOrEmpty

        Add-Content -LiteralPath $files[1] -Value 'changed'
        $again = $files | Send-ImgurImage -Journal $journal -Verbose 4>&1

        ($again | Where-Object { $_ -is [ImgurPS.Models.ImgurImage] }).SourcePath | Should -Be $files[1]
        ($again | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message -match 'already uploaded' | Should -HaveCount 3
        Get-EmulatorUpload | Should -HaveCount 5
    }

    It 'keeps working after a run was cut off mid-line' {
        $files = @(New-TestImage -Folder $folder -Count 2)
        $journal = Join-Path $folder 'journal.jsonl'
        $null = $files[0] | Send-ImgurImage -Journal $journal
        [System.IO.File]::AppendAllText($journal, '{"path":"half a li')

        $output = $files | Send-ImgurImage -Journal $journal 3>&1

        ($output | Where-Object { $_ -is [System.Management.Automation.WarningRecord] }).Message | Should -Match '1 unreadable line'
        ($output | Where-Object { $_ -is [ImgurPS.Models.ImgurImage] }).SourcePath | Should -Be $files[1]
        (Get-Content -LiteralPath $journal | Where-Object { $_ -like '{"path":*"sha256"*}' }) | Should -HaveCount 2
    }

    It 'under injected faults, uploads every file exactly once across re-runs with the journal' {
        $files = @(New-TestImage -Folder $folder -Count 20)
        $journal = Join-Path $folder 'journal.jsonl'
        Add-EmulatorFault -Path '^/3/image$' -Kind status -Status 503 -Every 4 -Times 0
        Add-EmulatorFault -Path '^/3/image$' -Kind reset -Every 7 -Times 0

        $first = $files | Send-ImgurImage -ThrottleLimit 4 -Journal $journal -ErrorAction SilentlyContinue -ErrorVariable failures

        $first.Count + $failures.Count | Should -Be 20
        $failures | ForEach-Object { $_.TargetObject | Should -BeIn $files }
        Invoke-EmulatorControl -Method DELETE -Path faults | Out-Null

        $uncertain = @(Get-Content -LiteralPath $journal | ConvertFrom-Json | Where-Object outcome -EQ 'uncertain')
        $second = @($files | Send-ImgurImage -ThrottleLimit 4 -Journal $journal -WarningAction SilentlyContinue)
        $second.Count | Should -Be ($failures.Count - $uncertain.Count)

        # The connection resets came before the emulator stored anything, so -Force may send those files now.
        $third = @($files | Send-ImgurImage -ThrottleLimit 4 -Journal $journal -Force)
        $third.Count | Should -Be $uncertain.Count

        $uploads = Get-EmulatorUpload
        $uploads | Should -HaveCount 20
        $uploads.sha256 | Sort-Object -Unique | Should -HaveCount 20
        (Get-Content -LiteralPath $journal | ConvertFrom-Json | Where-Object outcome -EQ 'uploaded').path | Sort-Object | Should -Be ($files | Sort-Object)
    }

    It 'keeps 60 files straight under faults of every kind: each uploaded once or reported, never twice' {
        $files = @(New-TestImage -Folder $folder -Count 60)
        $journal = Join-Path $folder 'journal.jsonl'
        foreach ($fault in @(
                @{ Kind = 'status'; Status = 500; Every = 13 }
                @{ Kind = 'html'; Status = 503; Every = 17 }
                @{ Kind = 'errors-array'; Status = 429; Every = 11 }
                @{ Kind = 'empty'; Status = 429; Every = 19 }
                @{ Kind = 'reset'; Every = 23 }
                @{ Kind = 'truncate'; Every = 29 })) {
            Add-EmulatorFault -Path '^/3/image$' -Times 0 @fault
        }

        $first = $files | Send-ImgurImage -ThrottleLimit 4 -Journal $journal -ErrorAction SilentlyContinue -ErrorVariable failures

        $first.Count + $failures.Count | Should -Be 60
        $failures | ForEach-Object { $_.TargetObject | Should -BeIn $files }
        $uploads = @(Get-EmulatorUpload)
        ($uploads.sha256 | Sort-Object -Unique).Count | Should -Be $uploads.Count -Because 'nothing is uploaded twice'
        $entries = @(Get-Content -LiteralPath $journal | ConvertFrom-Json)
        $uploaded = @($entries | Where-Object outcome -EQ 'uploaded')
        $uncertain = @($entries | Where-Object outcome -EQ 'uncertain')
        ($uploaded.sha256 | Sort-Object) | Should -Be ($first | ForEach-Object { ($entries | Where-Object id -EQ $_.Id).sha256 } | Sort-Object)
        $uploads.sha256 | ForEach-Object { $_ | Should -BeIn $entries.sha256 -Because 'the journal accounts for everything Imgur stored' }
        $uncertain.Count | Should -BeGreaterThan 0
        Invoke-EmulatorControl -Method DELETE -Path faults | Out-Null

        $second = @($files | Send-ImgurImage -ThrottleLimit 4 -Journal $journal -WarningAction SilentlyContinue -WarningVariable doubts)

        $second.Count | Should -Be ($failures.Count - $uncertain.Count) -Because 'a re-run uploads only what failed for sure'
        $doubts | Should -HaveCount $uncertain.Count
        $after = @(Get-EmulatorUpload)
        ($after.sha256 | Sort-Object -Unique).Count | Should -Be $after.Count
    }

    It 'stops within 2 seconds on Ctrl+C and leaves a readable journal' {
        $files = @(New-TestImage -Folder $folder -Count 8)
        $journal = Join-Path $folder 'journal.jsonl'
        Add-EmulatorFault -Path '^/3/image$' -Kind delay -DelayMs 800 -Times 0
        $shell = [powershell]::Create()
        $null = $shell.AddScript("Import-Module '$(Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1')'; `$args[0] | Send-ImgurImage -ThrottleLimit 2 -Journal '$journal'").AddArgument($files)
        $running = $shell.BeginInvoke()
        Start-Sleep -Milliseconds 1200

        $clock = [System.Diagnostics.Stopwatch]::StartNew()
        $shell.Stop()
        $clock.Stop()

        $clock.Elapsed.TotalSeconds | Should -BeLessThan 2
        $running.IsCompleted | Should -BeTrue
        $recorded = @(Get-Content -LiteralPath $journal -ErrorAction Ignore | ConvertFrom-Json)
        $recorded.Count | Should -BeLessThan 8
        $recorded.Path | ForEach-Object { $_ | Should -BeIn $files }
        $shell.Dispose()
    }

    It 'loses nothing when the process is killed mid-batch, and sends again only the files that were on their way' {
        $files = @(New-TestImage -Folder $folder -Count 10)
        $journal = Join-Path $folder 'journal.jsonl'
        $credential = Get-EmulatorCredential
        Add-EmulatorFault -Path '^/3/image$' -Kind delay -DelayMs 400 -Times 0
        $script = "Import-Module '$(Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1')'; `$null = Connect-Imgur -ClientId '$($credential.clientId)' -BaseUri '$(Get-EmulatorUri)'; Get-ChildItem '$folder' -Filter *.png | Send-ImgurImage -ThrottleLimit 2 -Journal '$journal' | Out-Null"
        $pwsh, $prefix = if (Test-Path "$PSHOME/pwsh") { "$PSHOME/pwsh", @() } else { 'dotnet', @("$PSHOME/pwsh.dll") }
        $child = Start-Process -FilePath $pwsh -ArgumentList ($prefix + '-NoProfile', '-NonInteractive', '-Command', $script) -PassThru
        $deadline = (Get-Date).AddSeconds(30)
        while ((Get-Date) -lt $deadline -and @(Get-Content -LiteralPath $journal -ErrorAction Ignore).Count -lt 3) { Start-Sleep -Milliseconds 100 }
        $child.Kill()
        $child.WaitForExit()
        Invoke-EmulatorControl -Method DELETE -Path faults | Out-Null

        $rest = $files | Send-ImgurImage -Journal $journal

        $uploads = Get-EmulatorUpload
        $uploads.sha256 | Sort-Object -Unique | Should -HaveCount 10
        # A kill cannot be answered: an upload on its way (two at most, the throttle limit) may still complete at
        # Imgur while its journal line is never written, so the next run sends it again. Nothing else is.
        $uploads.Count | Should -BeLessOrEqual 12 -Because 'only the files on their way when the process was killed are sent twice'
        $rest.Count | Should -BeLessThan 10
        (Get-Content -LiteralPath $journal | Where-Object { $_ -like '{*}' } | ConvertFrom-Json).Path | Sort-Object -Unique | Should -HaveCount 10
    }
}
