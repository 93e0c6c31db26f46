BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force

    function Get-CreditFailure {
        $null = Get-ImgurCredit -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure | Should -HaveCount 1
        $failure[0]
    }
    # These tests read Imgur's errors as they come; retries are tested in Retry.Tests.ps1.
    Set-ImgurOption -MaxRetry 0
}

AfterAll { Set-ImgurOption -MaxRetry 3 }

Describe 'Imgur errors as ErrorRecords' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
    }

    It 'maps HTTP <Status> to <Category>' -TestCases @(
        @{ Status = 400; Category = 'InvalidArgument'; Id = 'ImgurBadRequest' }
        @{ Status = 401; Category = 'PermissionDenied'; Id = 'ImgurAuthenticationRequired' }
        @{ Status = 403; Category = 'PermissionDenied'; Id = 'ImgurForbidden' }
        @{ Status = 404; Category = 'ObjectNotFound'; Id = 'ImgurNotFound' }
        @{ Status = 429; Category = 'LimitsExceeded'; Id = 'ImgurRateLimited' }
        @{ Status = 500; Category = 'ResourceUnavailable'; Id = 'ImgurServerError' }
    ) {
        Add-EmulatorFault -Path '^/3/credits$' -Kind status -Status $Status -Message "Injected $Status"

        $failure = Get-CreditFailure

        $failure.CategoryInfo.Category | Should -Be $Category
        $failure.FullyQualifiedErrorId | Should -Be "$Id,ImgurPS.Commands.Credits.GetImgurCreditCommand"
        $failure.Exception.StatusCode | Should -Be $Status
        $failure.Exception.ImgurMessage | Should -Be "Injected $Status"
    }

    It 'refuses a redirect from the API as its own error, with advice' {
        Add-EmulatorFault -Path '^/3/credits$' -Kind status -Status 307 -Message 'Injected 307'

        $failure = Get-CreditFailure

        $failure.CategoryInfo.Category | Should -Be 'InvalidResult'
        $failure.FullyQualifiedErrorId | Should -Be 'ImgurRedirectNotFollowed,ImgurPS.Commands.Credits.GetImgurCreditCommand'
        $failure.Exception.StatusCode | Should -Be 307
        $failure.Exception.Message | Should -Match '^Imgur answered 307 Temporary Redirect to GET /3/credits\.json .*follows no redirects'
        $failure.Exception.Message | Should -Not -Match 'Injected'
        $failure.ErrorDetails.RecommendedAction | Should -Match '-BaseUri'
    }

    It 'advises the deletehash when an anonymous upload is changed by its id' {
        $image = Send-ImgurImage -Path (Get-SamplePath -Count 1)

        Set-ImgurImage -ImageId $image.Id -Title 'new' -ErrorAction SilentlyContinue -ErrorVariable failure

        $failure[0].FullyQualifiedErrorId | Should -BeLike 'ImgurForbidden,*'
        $failure[0].ErrorDetails.RecommendedAction | Should -Match 'deletehash'
        $failure[0].ErrorDetails.RecommendedAction | Should -Not -Match 'client id'
    }

    It 'advises signing in again when the access token is refused, and names the file' {
        $null = Connect-TestImgur -AsUser
        $path = Get-SamplePath -Count 1
        Add-EmulatorFault -Path '^/3/image$' -Kind status -Status 403 -Message 'The access token provided is invalid.' -Times 0

        $null = Send-ImgurImage -Path $path -ErrorAction SilentlyContinue -ErrorVariable failure

        $failure[0].FullyQualifiedErrorId | Should -BeLike 'ImgurForbidden,*'
        $failure[0].ErrorDetails.RecommendedAction | Should -Match 'sign in again with Connect-Imgur'
        $failure[0].ErrorDetails.RecommendedAction | Should -Not -Match 'client id'
        $failure[0].ToString() | Should -BeLike "*$(Split-Path -Leaf $path)*"
    }

    It 'advises checking the client id when Imgur does not know it' {
        Add-EmulatorFault -Path '^/3/credits$' -Kind status -Status 403 -Message 'Invalid client_id'

        (Get-CreditFailure).ErrorDetails.RecommendedAction | Should -Match 'client id'
    }

    It 'reports a real 429 when the credits run out, with advice' {
        Set-EmulatorLimit @{ userRemaining = 0 }

        $null = Get-ImgurGallery -ErrorAction SilentlyContinue -ErrorVariable failure

        $failure[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
        $failure[0].ErrorDetails.RecommendedAction | Should -Match 'rate limit'
        $failure[0].Exception.RateLimit.UserRemaining | Should -Be 0
    }

    It 'reads Imgur''s other error forms: <Kind>' -TestCases @(
        @{ Kind = 'error-with-200'; Status = 0 }
        @{ Kind = 'error-object'; Status = 400 }
        @{ Kind = 'error-string'; Status = 500 }
        @{ Kind = 'error-false'; Status = 400 }
        @{ Kind = 'errors-array'; Status = 429 }
        @{ Kind = 'mismatched-status'; Status = 429 }
        @{ Kind = 'mashape'; Status = 403 }
        @{ Kind = 'empty'; Status = 429 }
    ) {
        $fault = @{ Path = '^/3/credits$'; Kind = $Kind }
        if ($Status) { $fault.Status = $Status }
        Add-EmulatorFault @fault

        $failure = Get-CreditFailure

        $failure.Exception | Should -BeOfType ImgurPS.Client.ImgurApiException
        $failure.Exception.ImgurMessage | Should -Not -BeNullOrEmpty
        if ($Status) { $failure.Exception.StatusCode | Should -Be $Status }
    }

    It 'turns an HTML outage page into a short readable error' {
        Add-EmulatorFault -Path '^/3/credits$' -Kind html -Status 503

        $failure = Get-CreditFailure

        $failure.CategoryInfo.Category | Should -Be 'ResourceUnavailable'
        $failure.ToString() | Should -Match 'HTML page'
        $failure.ToString() | Should -Not -Match '<'
    }

    It 'meets an unknown /3/ route as Imgur answers it: credentials first, then the HTML 404 page' {
        $route = "$(Get-EmulatorUri)3/upload.json"
        $anonymous = Invoke-WebRequest -Uri $route -SkipHttpErrorCheck
        $anonymous.StatusCode | Should -Be 401
        ($anonymous.Content | ConvertFrom-Json).data.error | Should -Be 'Authentication required'
        $known = Invoke-WebRequest -Uri $route -Headers @{ Authorization = "Client-ID $((Get-EmulatorCredential).clientId)" } -SkipHttpErrorCheck
        $known.StatusCode | Should -Be 404
        $known.Headers['Content-Type'] | Should -BeLike 'text/html*'

        $null = Invoke-ImgurRestMethod no/such/route -ErrorAction SilentlyContinue -ErrorVariable failure

        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failure[0].ToString() | Should -Match 'HTML page'
    }

    It 'reads numbers written as strings' {
        Add-EmulatorFault -Path '^/3/gallery' -Kind numeric-strings
        $numeric = Get-ImgurGallery
        $plain = Get-ImgurGallery

        ($numeric | ConvertTo-Comparable) | Should -Be ($plain | ConvertTo-Comparable)
    }

    It 'reports a message sent as the data of a success answer as the error (Q34)' {
        $comment = (Get-ImgurGalleryComment EmuGal1 | Select-Object -First 1).Id
        Add-EmulatorFault -Path '^/3/comment/' -Kind message-as-data -Message 'An error occurred while fetching the comment'

        $null = Get-ImgurComment $comment -ErrorAction SilentlyContinue -ErrorVariable failure

        $failure[0].Exception.ImgurMessage | Should -Be 'An error occurred while fetching the comment'
        $failure[0].TargetObject | Should -Be $comment
    }

    It 'reads a list of one that comes as the item alone (Q14)' {
        $plain = @(Get-ImgurAccountAlbum -Username emulator-user -PerPage 1)
        $plain | Should -HaveCount 1
        Add-EmulatorFault -Path '^/3/account/[^/]+/albums' -Kind lone-object -Times 2
        $raw = Invoke-RestMethod -Uri "$(Get-EmulatorUri)3/account/emulator-user/albums.json?perPage=1" -Headers @{ Authorization = "Client-ID $((Get-EmulatorCredential).clientId)" }
        $raw.data | Should -BeOfType System.Management.Automation.PSCustomObject -Because 'the emulator sends the album alone'

        $lone = @(Get-ImgurAccountAlbum -Username emulator-user -PerPage 1)

        ($lone | ConvertTo-Comparable) | Should -Be ($plain | ConvertTo-Comparable)
    }

    It 'copes with responses that carry no rate-limit headers' {
        Add-EmulatorFault -Path '^/3/gallery' -Kind no-ratelimit-headers
        $items = Get-ImgurGallery
        $items | Should -Not -BeNullOrEmpty
        $items[0].RateLimit | Should -BeNullOrEmpty
    }

    It 'reports an unreachable server as a connection error' {
        $closed = Get-FreeLoopbackPort

        { Connect-Imgur -ClientId x -BaseUri "http://127.0.0.1:$closed/" -ErrorAction Stop } |
            Should -Throw -ErrorId 'ImgurConnectionFailed*'
    }

    It 'stops promptly on Ctrl+C a request that reached Imgur and still waits for its answer' {
        $clientId = (Get-EmulatorCredential).clientId
        function Get-ClientRemaining {
            # /3/credits costs nothing, so reading it does not move the count it reads.
            (Invoke-RestMethod "$(Get-EmulatorUri)3/credits.json" -Headers @{ Authorization = "Client-ID $clientId" }).data.ClientRemaining
        }
        function Get-GalleryRequest { Get-EmulatorRequest | Where-Object path -Like '/3/gallery/*' }
        $before = Get-ClientRemaining
        Add-EmulatorFault -Path '^/3/gallery' -Kind delay -DelayMs 20000
        $shell = [powershell]::Create()
        $null = $shell.AddScript("Import-Module '$(Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1')'; Get-ImgurGallery")
        $running = $shell.BeginInvoke()

        # The emulator charges the credit as it takes the request, before the delay: that shows it arrived.
        $deadline = [DateTime]::UtcNow.AddSeconds(10)
        while ((Get-ClientRemaining) -eq $before -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 100 }
        Get-ClientRemaining | Should -Be ($before - 1) -Because 'the gallery request reached the emulator'
        Get-GalleryRequest | Should -BeNullOrEmpty -Because 'the emulator logs a request as its answer starts, and none has'

        $clock = [System.Diagnostics.Stopwatch]::StartNew()
        $shell.Stop()
        $clock.Stop()

        $clock.Elapsed.TotalSeconds | Should -BeLessThan 3
        $running.IsCompleted | Should -BeTrue
        Get-GalleryRequest | Should -BeNullOrEmpty -Because 'the request was stopped before its answer'
        $shell.Dispose()
    }
}
